using System.Text.Json;
using Microsoft.Data.Sqlite;
using Snapback.Cli.Tests.Support;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Keys;
using Snapback.Store.Sqlite;

namespace Snapback.Cli.Tests.Ownership;

/// <summary>
/// <c>snapback ownership import</c> and <c>check</c> on the bundled lists. The holdings are synthetic: ofac:35096 is a real SDN
/// listing, the companies owned are made up.
/// </summary>
public sealed class OwnershipCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<CliRun> WithAnalystAsync()
    {
        var run = await CliRun.WithBundledListsAsync();
        var store = await SqliteListStore.OpenAsync(run.Database, Ct);
        await new KeyService(store.Cases, TimeProvider.System).CreateAsync("ana", CaseRole.Analyst, new Actor("local:test", "test", CaseRole.Admin), Ct);
        SqliteConnection.ClearAllPools();
        return run;
    }

    [Fact]
    public async Task ImportThenCheck_CustomerOwnedThroughAChain_ShowsStatusShareAndPath()
    {
        using var run = await WithAnalystAsync();
        var file = Path.Combine(run.Folder, "holdings.csv");
        await File.WriteAllTextAsync(file,
            "owner,owned,share,control,source,as_of\n" +
            "ofac:35096,Northwind Example Holdings,60,,synthetic,2026-10-01\n" +
            "Northwind Example Holdings,customer:C-1,50,,synthetic,2026-10-01\n" +
            "ofac:35096,customer:C-2,49.5,,synthetic,2026-10-01\n" +
            "ofac:35096,Broken Row Ltd,abc,,synthetic,2026-10-01\n", Ct);

        var import = await run.SnapbackAsync("--as", "ana", "ownership", "import", file);
        var check = await run.SnapbackAsync("ownership", "check", "customer:C-1", "--json");
        var text = await run.SnapbackAsync("ownership", "check", "customer:C-1");
        var clear = await run.SnapbackAsync("ownership", "check", "customer:C-2");

        Assert.True(import.ExitCode == 1, import.ToString());
        Assert.Contains("holdings: 3 inserted, 0 updated, 0 unchanged, 1 rejected", import.Output, StringComparison.Ordinal);
        Assert.Contains("line 5: share:", import.Error, StringComparison.Ordinal);
        Assert.True(check.ExitCode == 1, check.ToString());
        using var json = JsonDocument.Parse(check.Output);
        Assert.Equal("owned", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(50m, json.RootElement.GetProperty("aggregate_share").GetDecimal());
        var steps = json.RootElement.GetProperty("paths")[0].GetProperty("steps").EnumerateArray()
            .Select(static s => s.GetProperty("owner").GetString() + ">" + s.GetProperty("owned").GetString());
        Assert.Equal(["ofac:35096>party:Northwind Example Holdings", "party:Northwind Example Holdings>customer:C-1"], steps);
        Assert.Contains("ofac:35096 -60%-> party:Northwind Example Holdings -50%-> customer:C-1", text.Output, StringComparison.Ordinal);
        Assert.Contains("PUTIN", text.Output, StringComparison.Ordinal);
        Assert.True(clear.ExitCode == 0, clear.ToString());
        Assert.Contains("not blocked under ofac", clear.Output, StringComparison.Ordinal);
        Assert.Contains("49.5%", clear.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_CustomerBlockedByOwnership_RaisesOneOwnershipAlert()
    {
        using var run = await WithAnalystAsync();
        var customers = Path.Combine(run.Folder, "customers.csv");
        await File.WriteAllTextAsync(customers, "id,name,kind\nC-1,Harbour Example Trading,organization\n", Ct);
        var holdings = Path.Combine(run.Folder, "holdings.csv");
        await File.WriteAllTextAsync(holdings, "owner,owned,share\nofac:35096,customer:C-1,75\n", Ct);
        Assert.Equal(0, (await run.SnapbackAsync("--as", "ana", "customers", "import", customers)).ExitCode);
        Assert.Equal(0, (await run.SnapbackAsync("--as", "ana", "ownership", "import", holdings)).ExitCode);

        var first = await run.SnapbackAsync("--as", "ana", "ownership", "screen");
        var again = await run.SnapbackAsync("--as", "ana", "ownership", "screen", "--customer", "C-1");
        var alerts = await run.SnapbackAsync("--as", "ana", "alerts", "list");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("ownership (ofac): 1 alerts raised", first.Output, StringComparison.Ordinal);
        Assert.Contains("0 alerts raised, 0 updated, 1 unchanged", again.Output, StringComparison.Ordinal);
        Assert.Contains("ownership:ofac", alerts.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_EuRegimeWithControl_BlocksWhatOfacDoesNot()
    {
        using var run = await WithAnalystAsync();
        var file = Path.Combine(run.Folder, "holdings.jsonl");
        await File.WriteAllTextAsync(file, """{"owner":"ofac:35096","owned":"customer:C-3","share":10,"control":true}""" + "\n", Ct);
        Assert.Equal(0, (await run.SnapbackAsync("--as", "ana", "ownership", "import", file)).ExitCode);

        var ofac = await run.SnapbackAsync("ownership", "check", "customer:C-3", "--regime", "ofac");
        var eu = await run.SnapbackAsync("ownership", "check", "customer:C-3", "--regime", "eu");
        var bad = await run.SnapbackAsync("ownership", "check", "customer:C-3", "--regime", "mars");

        Assert.Equal(0, ofac.ExitCode);
        Assert.True(eu.ExitCode == 1, eu.ToString());
        Assert.Contains("blocked by ownership under eu", eu.Output, StringComparison.Ordinal);
        Assert.Contains("-10%+control->", eu.Output, StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("not ofac, eu or uk", bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WithoutAKey_IsRefusedAndWritesNothing()
    {
        using var run = await CliRun.WithBundledListsAsync();
        var file = Path.Combine(run.Folder, "holdings.csv");
        await File.WriteAllTextAsync(file, "owner,owned,share\nofac:35096,customer:C-1,100\n", Ct);

        var result = await run.SnapbackAsync("ownership", "import", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--as NAME", result.Error, StringComparison.Ordinal);
    }
}
