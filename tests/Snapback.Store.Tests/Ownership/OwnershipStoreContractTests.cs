using System.Text;
using Microsoft.Extensions.Time.Testing;
using Snapback.Lists.Model;
using Snapback.Matching;
using Snapback.Screening.Batch;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Alerts;
using Snapback.Screening.Cases.Audit;
using Snapback.Screening.Cases.Customers;
using Snapback.Screening.Cases.Decisions;
using Snapback.Screening.Ownership;
using Snapback.Screening.Screen;
using Snapback.Screening.Tests.Support;
using Snapback.Store.Tests.Support;

namespace Snapback.Store.Tests.Ownership;

/// <summary>What every <see cref="IOwnershipStore"/> must do, through the import and check use cases; run against SQLite and PostgreSQL.</summary>
public abstract class OwnershipStoreContractTests : IAsyncLifetime
{
    private static readonly Actor Ana = new("k-ana", "ana", CaseRole.Analyst);

    private SqlListStore? store;

    private FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    private SqlListStore ListStore => store ?? throw new InvalidOperationException("store not opened");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>OFAC's Blocked Person X and Y (FAQ 401), and a listed company whose name a free party will be linked by.</summary>
    private static readonly ListedEntity X = Some.Person("ofac:X", "PERSON X", Snapback.Lists.ListSources.OfacSdn);
    private static readonly ListedEntity Y = Some.Person("ofac:Y", "PERSON Y", Snapback.Lists.ListSources.OfacSdn);
    private static readonly ListedEntity Volga =
        Some.Entity("ofac:500", "VOLGA RIVER SHIPPING HOLDINGS LIMITED", EntityKind.Organization, Snapback.Lists.ListSources.OfacSdn);

    private static readonly Actor Bob = new("k-bob", "bob", CaseRole.Approver);

    private ScreeningService Screening { get; } = Lists(X, Y, Volga);

    public async ValueTask InitializeAsync() => store = await OpenStoreAsync();

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    protected abstract Task<SqlListStore> OpenStoreAsync();

    protected abstract Task<long> CountRowsAsync(string table);

    private static ScreeningService Lists(params ListedEntity[] entities)
    {
        var service = new ScreeningService();
        service.Swap(Loaded(entities));
        return service;
    }

    private static LoadedLists Loaded(params ListedEntity[] entities) => new(MatchIndex.Build(entities), [], DateTimeOffset.UnixEpoch);

    private OwnershipAlerts Alerts => new(ListStore.Cases, new OwnershipService(ListStore.Ownership, Screening), Clock, OwnershipRegime.Ofac);

    private async Task ImportCustomersAsync(string csv)
    {
        await using var input = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        await new CustomerImporter(ListStore.Cases, Clock).ImportAsync(input, PartyFileFormat.Csv, "customers.csv", Ana, Ct);
    }

    private async Task<OwnershipImportResult> ImportAsync(string text, PartyFileFormat format = PartyFileFormat.Csv) =>
        await ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), format);

    private async Task<OwnershipImportResult> ImportAsync(Stream input, PartyFileFormat format = PartyFileFormat.Csv)
    {
        await using (input)
        {
            return await new OwnershipImporter(ListStore.Ownership, Screening, Clock)
                .ImportAsync(input, format, "holdings." + (format == PartyFileFormat.Csv ? "csv" : "jsonl"), Ana, Ct);
        }
    }

    private Task<OwnershipReport?> CheckAsync(string id, OwnershipRegime? regime = null) =>
        new OwnershipService(ListStore.Ownership, Screening).CheckAsync(id, regime ?? OwnershipRegime.Ofac, Ct);

    [Fact]
    public async Task Import_OfacExample3_BlocksEntityBWithBothPathsAndAuditsTheImport()
    {
        var result = await ImportAsync(
            "owner,owned,share,control,source,as_of\n" +
            "ofac:X,Entity A,50,,register,2026-10-01\n" +
            "ofac:X,Entity B,10,,register,2026-10-01\n" +
            "Entity A,Entity B,40,false,register,2026-10-01\n");

        Assert.Equal((3L, 0L, 0L), (result.Inserted, result.Updated, result.Rejected));
        Assert.Equal(["party:Entity A", "party:Entity B"], result.Parties.Select(static p => p.Id));
        var b = await CheckAsync("party:Entity B");
        Assert.NotNull(b);
        Assert.Equal((OwnershipStatus.Owned, 50m), (b.Status, b.AggregateShare));
        Assert.Equal(["ofac:X -50%-> party:Entity A -40%-> party:Entity B", "ofac:X -10%-> party:Entity B"], b.Paths.Select(static p => p.ToString()));
        Assert.Equal(3, await CountRowsAsync("ownership_edges"));
        await using var cases = await ListStore.Cases.BeginReadAsync(Ct);
        var audit = await cases.ReadAuditAsync(null, null, Ct).ToListAsync(Ct);
        var row = Assert.Single(audit);
        Assert.Equal((AuditActions.OwnershipImported, "file:holdings.csv"), (row.Action, row.Subject));
        Assert.Contains("\"inserted\":3", row.Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BadRows_NamesTheirLinesAndImportsTheRest()
    {
        var result = await ImportAsync(
            "owner,owned,share,control,as_of\n" +
            "ofac:X,Entity A,50,,\n" +
            ",Entity B,10,,\n" +
            "ofac:X,Entity C,150,,\n" +
            "ofac:X,Entity D,ten,,\n" +
            "Entity A,Entity A,40,,\n" +
            "ofac:X,Entity E,40,maybe,\n" +
            "ofac:X,Entity F,40,,31/12/2025\n" +
            "ofac:Y,Entity A,25.5%,yes,2026-01-31\n" +
            "\"ofac:X,Entity G,40,,\n");

        Assert.Equal((2L, 7L), (result.Inserted, result.Rejected));
        Assert.Equal([3L, 4L, 5L, 6L, 7L, 8L, 10L], result.Errors.Select(static e => e.Line));
        Assert.Equal(["owner:", "share:", "share:", "owned:", "control:", "as_of:"], result.Errors.Take(6).Select(static e => e.Error.Split(' ')[0]));
        var a = await CheckAsync("party:Entity A", OwnershipRegime.Eu);
        Assert.Equal((75.5m, true), (a!.AggregateShare, a.ControlledByBlocked));
    }

    [Fact]
    public async Task Import_JsonLinesFreePartyByName_LinksItToTheListingAndShowsTheScore()
    {
        var result = await ImportAsync(
            """
            {"owner": {"name": "Volga Rivr Shipping Holdings Ltd", "country": "RU"}, "owned": "customer:C-7", "share": 60, "source": "filing"}
            {"owner": "Some Unrelated Trust", "owned": "customer:C-7", "share": 40}
            {"owner": "customer:C-7", "owned": "Entity Z", "share": "x"}
            """, PartyFileFormat.JsonLines);

        Assert.Equal((2L, 1L), (result.Inserted, result.Rejected));
        var linked = result.Parties.Single(static p => p.Country == "RU");
        Assert.Equal(("party:Volga Rivr Shipping Holdings Ltd@RU", "ofac:500"), (linked.Id, linked.Hit?.EntityId));
        Assert.Null(result.Parties.Single(static p => p.Country is null).Hit);
        var customer = await CheckAsync("customer:C-7");
        Assert.Equal(OwnershipStatus.Owned, customer!.Status);
        var listing = Assert.Single(customer.Paths).Listing;
        Assert.True(listing.IsNameMatch);
        Assert.Equal(linked.Hit!.Score, listing.Score);
        Assert.True(listing.Score < 1);
    }

    [Fact]
    public async Task Import_SameHoldingsAgainAndAChangedShare_KeepsEveryVersion()
    {
        const string First = "owner,owned,share\nofac:X,Entity A,50\nofac:X,Entity B,20\n";
        await ImportAsync(First);

        var again = await ImportAsync(First);
        var changed = await ImportAsync("owner,owned,share\nofac:X,Entity A,30\n");

        Assert.Equal((0L, 0L, 2L), (again.Inserted, again.Updated, again.Unchanged));
        Assert.Equal((0L, 1L), (changed.Inserted, changed.Updated));
        Assert.Equal(2, await CountRowsAsync("ownership_edges"));
        Assert.Equal(3, await CountRowsAsync("ownership_edge_versions"));
        Assert.Equal(3, await CountRowsAsync("ownership_imports"));
        Assert.Equal(OwnershipStatus.NotBlocked, (await CheckAsync("Entity A"))!.Status);
    }

    [Fact]
    public async Task Import_InputBreaksPartWay_LeavesNothingBehind()
    {
        var head = Encoding.UTF8.GetBytes("owner,owned,share\nofac:X,Entity A,50\nofac:X,Entity B,50\n");

        await Assert.ThrowsAsync<IOException>(() => ImportAsync(new BreakingStream(head)));

        Assert.Equal(0, await CountRowsAsync("ownership_edges"));
        Assert.Equal(0, await CountRowsAsync("ownership_parties"));
        Assert.Equal(0, await CountRowsAsync("ownership_imports"));
        Assert.Equal(0, await CountRowsAsync("audit_log"));
    }

    [Fact]
    public async Task Check_ListedIdNotInForce_IsBlockedOnlyThroughItsOwners()
    {
        await ImportAsync("owner,owned,share\nofac:GONE,Entity A,100\nofac:X,ofac:GONE,100\n");

        var gone = await CheckAsync("ofac:GONE");
        var a = await CheckAsync("Entity A");

        Assert.Equal(OwnershipStatus.Owned, gone!.Status);
        Assert.Equal(OwnershipStatus.Owned, a!.Status);
        Assert.Equal("ofac:X -100%-> ofac:GONE -100%-> party:Entity A", Assert.Single(a.Paths).ToString());
    }

    [Fact]
    public async Task ScreenAll_CustomerOwnedByListedParties_RaisesOneOwnershipAlertWithItsPaths()
    {
        await ImportCustomersAsync("id,name,kind\nC-1,Harbour Example Trading,organization\nC-2,Quiet Example Bakery,organization\n");
        await ImportAsync("owner,owned,share\nofac:X,Entity A,50\nEntity A,customer:C-1,30\nofac:Y,customer:C-1,20\nofac:X,customer:C-2,10\n");

        var first = await Alerts.ScreenAllAsync(Ana, Ct);
        var again = await Alerts.ScreenAllAsync(Ana, Ct);

        var id = Assert.Single(first.Created);
        Assert.Equal((0, 1L), (again.Created.Length, again.Unchanged));
        await using var session = await ListStore.Cases.BeginReadAsync(Ct);
        var alert = (await session.GetAlertAsync(id, Ct))!;
        Assert.Equal((AlertKind.Ownership, "C-1", "ownership:ofac", AlertStatus.Open), (alert.Kind, alert.CustomerId, alert.EntityId, alert.Status));
        Assert.Equal(50m, alert.Evidence.Ownership!.AggregateShare);
        Assert.Equal(["ofac:X -50%-> party:Entity A -30%-> customer:C-1", "ofac:Y -20%-> customer:C-1"],
            alert.Evidence.Ownership.Paths.Select(static p => p.ToString()));
        Assert.Equal("ofac:X", alert.Evidence.Hit.EntityId);
        Assert.Contains("Blocked by ownership under ofac", alert.Evidence.Hit.Explanation.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FalsePositive_OwnershipAlert_StaysQuietUntilThePathsChange()
    {
        await ImportCustomersAsync("id,name,kind\nC-1,Harbour Example Trading,organization\n");
        await ImportAsync("owner,owned,share\nofac:X,customer:C-1,50\n");
        var id = Assert.Single((await Alerts.ScreenAllAsync(Ana, Ct)).Created);
        var decisions = new DecisionService(ListStore.Cases, Clock);
        await decisions.ProposeAsync(id, Decision.FalsePositive, "the register shows the stake was sold", Ana, Ct);
        await decisions.ApproveAsync(id, null, Bob, Ct);

        var quiet = await Alerts.ScreenAllAsync(Ana, Ct);
        await ImportAsync("owner,owned,share\nofac:Y,customer:C-1,10\n");
        var again = await Alerts.ScreenAllAsync(Ana, Ct);

        Assert.Equal((0, 1L), (quiet.Created.Length, quiet.Suppressed));
        var raised = Assert.Single(again.Created);
        await using var session = await ListStore.Cases.BeginReadAsync(Ct);
        var change = Assert.Single((await session.GetAlertAsync(raised, Ct))!.Evidence.Changes);
        Assert.Equal(("ownership.paths", "ofac:Y -10%-> customer:C-1"), (change.Field, Assert.Single(change.Added)));
    }

    [Fact]
    public async Task Recompute_DesignationThenDelisting_NamesTheChangedPartiesAndAlertsOnTheNewlyBlockedCustomer()
    {
        Screening.Swap(Loaded(X, Volga));
        await ImportCustomersAsync("id,name,kind\nC-9,Harbour Example Trading,organization\n");
        await ImportAsync("owner,owned,share\nofac:Y,Entity A,100\nEntity A,customer:C-9,60\nofac:X,Entity B,10\n");
        var alerts = Alerts;

        Screening.Swap(Loaded(X, Y, Volga));
        var designated = await alerts.RecomputeAsync(["ofac:Y"], Ana, Ct);
        Screening.Swap(Loaded(X, Volga));
        var delisted = await alerts.RecomputeAsync(["ofac:Y"], Ana, Ct);

        Assert.Equal(["customer:C-9", "ofac:Y", "party:Entity A"], designated.Changed);
        Assert.Equal(3, designated.Recomputed);
        Assert.Single(designated.Alerts.Created);
        Assert.Equal(["customer:C-9", "ofac:Y", "party:Entity A"], delisted.Changed);
        Assert.Empty(delisted.Alerts.Created);
        Assert.Equal(OwnershipStatus.NotBlocked, (await CheckAsync("customer:C-9"))!.Status);
    }
}
