using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Snapback.Api.Tests.Support;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using Snapback.Screening.Lists;
using Snapback.Store;

namespace Snapback.Api.Tests.Apis;

/// <summary>Monitoring over HTTP: a UN re-listing arrives, the run alerts the customer it names, and the run lists its alerts.</summary>
public sealed class MonitorApiTests(MonitorApiFactory app) : IClassFixture<MonitorApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunMonitor_UnReListing_AlertsTheCustomerAndTheRunListsTheAlert()
    {
        var before = ListReader.Read(TestDatabase.UnBefore).Entities.Select(static e => e.Id).ToHashSet(StringComparer.Ordinal);
        var relisted = ListReader.Read(TestDatabase.UnSnapback).Entities.First(e => !before.Contains(e.Id) && e.Kind == EntityKind.Person);
        using var analyst = app.ClientWithKey(app.AnalystKey);
        using var viewer = app.ClientWithKey(app.ViewerKey);
        using (var put = await analyst.PutAsJsonAsync("/api/customers/M-1", new { name = relisted.PrimaryName, kind = "person" }, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        var store = await SnapbackStore.OpenSqliteAsync(app.DatabasePath, Ct);
        await new ListFileImporter(new ListImporter(store, TimeProvider.System)).ImportAsync([TestDatabase.UnSnapback], confirm: true, Ct);
        var snapshot = (await store.LatestSnapshotAsync("un", Ct))!.Id;

        using var refused = await viewer.PostAsync("/api/monitor/run", null, Ct);
        using var ran = await analyst.PostAsync("/api/monitor/run", null, Ct);
        var runs = await viewer.GetFromJsonAsync<JsonElement>("/api/monitor/runs", Ct);
        var run = runs.EnumerateArray().Single(r => r.GetProperty("to_snapshot").GetInt64() == snapshot);
        var detail = await viewer.GetFromJsonAsync<JsonElement>($"/api/monitor/runs/{run.GetProperty("id").GetInt64()}", Ct);
        using var missing = await viewer.GetAsync("/api/monitor/runs/987654", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ran.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.True(run.GetProperty("counts").GetProperty("added_entities").GetInt64() > 0);
        var alert = detail.GetProperty("alerts").EnumerateArray()
            .Single(a => a.GetProperty("customer_id").GetString() == "M-1" && a.GetProperty("entity_id").GetString() == relisted.Id);
        Assert.Equal("created", alert.GetProperty("action").GetString());
        var raised = await viewer.GetFromJsonAsync<JsonElement>($"/api/alerts/{alert.GetProperty("alert_id").GetInt64()}", Ct);
        Assert.Equal("system:monitor", raised.GetProperty("alert").GetProperty("evidence").GetProperty("actor").GetProperty("id").GetString());

        // The run's page groups its alerts under the listed entity that caused them, each linked to its alert page.
        using var browser = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = true });
        (await UiSession.SignInAsync(browser, app.ViewerKey)).Dispose();
        var html = await browser.GetStringAsync($"/runs/{run.GetProperty("id").GetInt64()}", Ct);
        var section = html[html.IndexOf($"/entities/{Uri.EscapeDataString(relisted.Id)}", StringComparison.Ordinal)..];
        Assert.Contains($"href=\"/alerts/{alert.GetProperty("alert_id").GetInt64()}\"", section.Split("</section>")[0], StringComparison.Ordinal);
        Assert.Contains("/runs/", await browser.GetStringAsync("/runs", Ct), StringComparison.Ordinal);
    }
}
