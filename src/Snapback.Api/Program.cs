using Snapback.Api;

var builder = WebApplication.CreateBuilder(args);
builder.AddSnapbackApi();

var app = builder.Build();
app.MapSnapbackApi();

await app.RunAsync();
