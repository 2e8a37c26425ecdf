using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Testcontainers.PostgreSql;
using Xunit;

public class AccountEndpointsTests : IAsyncLifetime
{
    private readonly PostgreSqlContainer _db = new PostgreSqlBuilder().WithImage("postgres:16-alpine").Build();

    public Task InitializeAsync() => _db.StartAsync();
    public Task DisposeAsync() => _db.DisposeAsync().AsTask();

    [Fact]
    public async Task Registers_an_account()
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__Identity", _db.GetConnectionString());
        await using var factory = new WebApplicationFactory<Program>();
        var res = await factory.CreateClient().PostAsJsonAsync("/v1/accounts",
            new { email = "ada@example.org", password = "correct horse battery staple" });
        Assert.Equal(HttpStatusCode.Created, res.StatusCode);
    }
}
