using System.Net;
using Snapback.Api.Tests.Support;

namespace Snapback.Api.Tests.Apis;

public sealed class EntitiesApiTests(SnapbackApiFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // An Iran entry re-listed by the UN in 2025 (in the 2025-11-29 file, absent from 2025-04-19).
    private static string Relisted => "un:" + UnXml.References(TestDatabase.UnSnapback, "IRi.")
        .Except(UnXml.References(TestDatabase.UnBefore, "IRi."), StringComparer.Ordinal).Order(StringComparer.Ordinal).First();

    [Fact]
    public async Task Entity_AsOfBeforeTheSnapback_IsNotListed()
    {
        using var client = app.ClientWithKey(app.ViewerKey);
        using var response = await client.GetAsync($"/api/entities/{Relisted}?as_of=2025-06-01", Ct);

        var report = await Json.ReadAsync(response);
        Assert.False(report.GetProperty("listed").GetBoolean());
        Assert.Equal(0, report.GetProperty("lists").GetArrayLength());
    }

    [Fact]
    public async Task Entity_AsOfAfterTheSnapback_IsListed_WithItsRecord()
    {
        using var client = app.ClientWithKey(app.ViewerKey);
        using var response = await client.GetAsync($"/api/entities/{Relisted}?as_of=2025-12-01", Ct);

        var report = await Json.ReadAsync(response);
        Assert.True(report.GetProperty("listed").GetBoolean());
        var un = Assert.Single(report.GetProperty("lists").EnumerateArray());
        Assert.Equal("un", un.GetProperty("source").GetString());
        Assert.StartsWith("2025-11-29", un.GetProperty("snapshot_date").GetString(), StringComparison.Ordinal);
        Assert.Equal(Relisted, report.GetProperty("entity").GetProperty("id").GetString());
        Assert.NotEqual(0, report.GetProperty("entity").GetProperty("names").GetArrayLength());
    }

    [Fact]
    public async Task Entity_History_StartsWithTheListingIn2025_11_29()
    {
        using var client = app.ClientWithKey(app.ViewerKey);
        using var response = await client.GetAsync($"/api/entities/{Relisted}", Ct);

        var report = await Json.ReadAsync(response);
        var first = report.GetProperty("history")[0];
        Assert.False(first.GetProperty("relisted").GetBoolean());
        Assert.StartsWith("2025-11-29", first.GetProperty("first").GetProperty("published_at").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entity_Unknown_Is404Problem()
    {
        using var client = app.ClientWithKey(app.ViewerKey);
        using var response = await client.GetAsync("/api/entities/un:XXi.999", Ct);

        await Problem.ReadAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Entity_BadAsOf_Is400NamingAsOf()
    {
        using var client = app.ClientWithKey(app.ViewerKey);
        using var response = await client.GetAsync($"/api/entities/{Relisted}?as_of=yesterday", Ct);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["as_of"], problem.ErrorFields);
    }
}
