using Identity.Api;
using Microsoft.EntityFrameworkCore;
using Serilog;
using Serilog.Formatting.Json;

var builder = WebApplication.CreateBuilder(args);

builder.Host.UseSerilog((ctx, cfg) => cfg
    .ReadFrom.Configuration(ctx.Configuration)
    .WriteTo.Console(new JsonFormatter(renderMessage: true)));

builder.Services.Configure<HostOptions>(builder.Configuration.GetSection("HostOptions"));
builder.Services.AddDbContext<IdentityDbContext>(o =>
    o.UseNpgsql(builder.Configuration.GetConnectionString("Identity")));
builder.Services.AddHealthChecks().AddNpgSql(builder.Configuration.GetConnectionString("Identity")!);
builder.Services.AddHttpClient<NotificationsClient>(c =>
    c.BaseAddress = new Uri(builder.Configuration["Notifications:BaseUrl"]!));

var app = builder.Build();

var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
lifetime.ApplicationStopping.Register(() => Log.Information("SIGTERM received, draining requests"));

app.UseSerilogRequestLogging();
app.MapHealthChecks("/healthz");
app.MapHealthChecks("/ready");
app.MapAccountEndpoints();

app.Run();
