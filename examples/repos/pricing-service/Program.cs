using PricingService.Services;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddGrpc();
builder.Services.AddHttpClient<CartClient>(c =>
    c.BaseAddress = new Uri(builder.Configuration["CartService:BaseUrl"] ?? "http://localhost:3000"));

var app = builder.Build();
app.MapGrpcService<PricingGrpcService>();
app.MapGet("/v1/price/{cartId}", async (string cartId, CartClient carts) =>
{
    var cart = await carts.GetCartAsync(cartId); // calls cart-service back
    return Results.Ok(Promotions.Price(cart));
});
app.Run();
