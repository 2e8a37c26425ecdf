namespace PricingService.Services;

public record CartLine(string Sku, int Qty);
public record Cart(string Id, List<CartLine> Items);

public class CartClient(HttpClient http)
{
    public async Task<Cart> GetCartAsync(string id) =>
        (await http.GetFromJsonAsync<Cart>($"/v1/carts/{id}"))!;
}

public static class Promotions
{
    public static object Price(Cart cart)
    {
        var total = cart.Items.Sum(i => i.Qty * 999L);
        if (cart.Items.Sum(i => i.Qty) >= 3) total = total * 90 / 100; // 3+ items: 10% off
        return new { totalMinor = total, currency = "EUR" };
    }
}

public class PricingGrpcService(CartClient carts) : Pricing.PricingBase
{
    public override async Task<BasketPrice> PriceBasket(BasketRequest request, Grpc.Core.ServerCallContext context)
    {
        var cart = await carts.GetCartAsync(request.CartId);
        var total = cart.Items.Sum(i => i.Qty * 999L);
        return new BasketPrice { TotalMinor = total, Currency = "EUR" };
    }
}
