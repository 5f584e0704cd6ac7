using System.Text;
using Microsoft.Extensions.Time.Testing;
using Snapback.Lists.Model;
using Snapback.Screening.Batch;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Alerts;
using Snapback.Screening.Cases.Audit;
using Snapback.Screening.Cases.Customers;
using Snapback.Screening.Cases.Decisions;
using Snapback.Screening.Lists;
using Snapback.Screening.Monitoring;
using Snapback.Screening.Ownership;
using Snapback.Screening.Screen;
using Snapback.Screening.Tests.Support;

namespace Snapback.Store.Tests.Monitoring;

/// <summary>What monitoring must do on every store, through <see cref="MonitorService"/>; run against SQLite and PostgreSQL.</summary>
public abstract class MonitorServiceContractTests : IAsyncLifetime
{
    private static readonly Actor Ana = new("k-ana", "ana", CaseRole.Analyst);
    private static readonly Actor Bob = new("k-bob", "bob", CaseRole.Approver);

    private SqlListStore? store;
    private int imports;

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    protected SqlListStore Store => store ?? throw new InvalidOperationException("store not opened");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    private MonitorService Monitor => new(Store.Cases, Store.Monitor, Store, Clock);

    public async ValueTask InitializeAsync() => store = await OpenStoreAsync();

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    protected abstract Task<SqlListStore> OpenStoreAsync();

    /// <summary>Runs SQL on the store's database around the store, as someone with direct access would.</summary>
    protected abstract Task ExecuteAsync(string sql);

    [Fact]
    public async Task SaveSnapshot_EachNewSnapshot_RecordsAPendingRunFromTheSourcesPreviousSnapshot()
    {
        var first = await SnapshotAsync(Some.Person("un:1", "OLGA SIDOROVA"));
        var second = await SnapshotAsync(Some.Person("un:1", "OLGA SIDOROVA"), Some.Person("un:2", "IVAN PETROV"));

        var runs = await Monitor.ListAsync(10, Ct);

        Assert.Equal([(second.Id, (long?)first.Id), (first.Id, null)], runs.Select(r => (r.ToSnapshot, r.FromSnapshot)));
        Assert.All(runs, r => Assert.Equal((MonitorRunStatus.Pending, MonitorPhase.Removed, "un"), (r.Status, r.Phase, r.Source)));
    }

    [Fact]
    public async Task RunPending_AddedEntity_AlertsOnlyTheCustomersItMatchesAndAFullScreenFindsNothingMore()
    {
        await ImportCustomersAsync("id,name,kind\nC-1,Ivan Petrov,person\nC-2,Maria Lopez,person\nC-3,Olga Sidorova,person\n");
        await SnapshotAsync(Some.Person("un:1", "OLGA SIDOROVA"));
        var first = Assert.Single(await Monitor.RunPendingAsync(Ct));
        await SnapshotAsync(Some.Person("un:1", "OLGA SIDOROVA"), Some.Person("un:2", "IVAN PETROV"));

        var second = Assert.Single(await Monitor.RunPendingAsync(Ct));
        var full = await FullScreenAsync();

        // Every customer once, against everything in force: those new since no run with them.
        Assert.Equal((1L, 3L, 1L), (first.Counts.AddedEntities, first.Counts.CustomersScreened, first.Counts.AlertsCreated));
        Assert.Equal((MonitorRunStatus.Completed, 1L, 0L, 0L), (second.Status, second.Counts.AddedEntities, second.Counts.ChangedEntities, second.Counts.RemovedEntities));
        // Every customer checked against the added entity; screened again against everything only C-1, which it hits, and C-3,
        // whose alert the last run raised (an alert changed since the last run started may have been decided since).
        Assert.Equal((3L, 2L, 1L), (second.Counts.CustomersChecked, second.Counts.CustomersScreened, second.Counts.AlertsCreated));
        Assert.Equal((0, 0), (full.Created.Length, full.Updated.Length));
        var alerts = await AlertsAsync();
        Assert.Equal([("C-1", "un:2"), ("C-3", "un:1")], alerts.Select(a => (a.CustomerId, a.EntityId)).Order());
        var raised = Assert.Single(alerts, a => a.EntityId == "un:2");
        Assert.Equal((MonitorService.MonitorActor.Id, MatchOptionsThreshold), (raised.Evidence.Actor.Id, raised.Evidence.Basis.Threshold));
        Assert.Equal(["un"], raised.Evidence.Basis.Lists.Select(l => l.Source));
        var details = await Monitor.GetAsync(second.Id, Ct);
        Assert.Equal([(raised.Id, "un:2", MonitorAlertAction.Created)], details!.Value.Alerts.Select(a => (a.AlertId, a.EntityId, a.Action)));
        var completed = (await AuditAsync()).Where(a => a.Action == AuditActions.MonitorRunCompleted).ToList();
        Assert.Equal(2, completed.Count);
        Assert.Contains($"\"run_id\":{second.Id}", completed[1].Data, StringComparison.Ordinal);
        Assert.Contains("\"alerts_created\":1", completed[1].Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunPending_RemovedEntity_ClosesItsOpenAlertsWithANoteAndAnAuditRow()
    {
        await ImportCustomersAsync("id,name,kind\nC-1,Ivan Petrov,person\n");
        await SnapshotAsync(Some.Person("un:1", "OLGA SIDOROVA"), Some.Person("un:2", "IVAN PETROV"));
        await Monitor.RunPendingAsync(Ct);
        await SnapshotAsync(Some.Person("un:1", "OLGA SIDOROVA"));

        var run = Assert.Single(await Monitor.RunPendingAsync(Ct));

        Assert.Equal((1L, 1L, 0L), (run.Counts.RemovedEntities, run.Counts.AlertsClosed, run.Counts.AlertsCreated));
        var alert = Assert.Single(await AlertsAsync());
        Assert.Equal((AlertStatus.Closed, (Decision?)null), (alert.Status, alert.Outcome));
        await using var session = await Store.Cases.BeginReadAsync(Ct);
        Assert.Contains("no longer on the un list", Assert.Single(await session.CommentsAsync(alert.Id, Ct)).Text, StringComparison.Ordinal);
        Assert.Contains((await AuditAsync()), a => a.Action == AuditActions.AlertClosed && a.Subject == $"alert:{alert.Id}");
    }

    [Fact]
    public async Task RunPending_SuppressedPair_StaysQuietUntilTheEntityChangesThenAlertsWithTheChange()
    {
        await ImportCustomersAsync("id,name,kind\nC-1,Ivan Petrov,person\n");
        await SnapshotAsync(Some.Person("un:1", "IVAN PETROV"));
        await Monitor.RunPendingAsync(Ct);
        var alert = Assert.Single(await AlertsAsync());
        var decisions = new DecisionService(Store.Cases, Clock);
        await decisions.ProposeAsync(alert.Id, Decision.FalsePositive, "other person", Ana, Ct);
        await decisions.ApproveAsync(alert.Id, null, Bob, Ct);

        await SnapshotAsync(Some.Person("un:1", "IVAN PETROV"), Some.Person("un:5", "IVAN PETROVICH SOKOLOV"));
        var quiet = Assert.Single(await Monitor.RunPendingAsync(Ct));
        await SnapshotAsync(Some.Person("un:1", "IVAN PETROV", aliases: "VANYA PETROV"), Some.Person("un:5", "IVAN PETROVICH SOKOLOV"));
        var changed = Assert.Single(await Monitor.RunPendingAsync(Ct));

        Assert.Equal((0L, 0L), (quiet.Counts.AlertsCreated, quiet.Counts.AlertsUpdated));
        Assert.Equal((1L, 1L, 0L), (changed.Counts.ChangedEntities, changed.Counts.AlertsCreated, changed.Counts.SuppressedKept));
        var raised = Assert.Single(await AlertsAsync(), a => a.Status == AlertStatus.Open);
        Assert.Contains(raised.Evidence.Changes, c => c.Field.StartsWith("entity.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunPending_CustomerAddedSinceTheLastRun_IsScreenedAgainstEveryListInForce()
    {
        await SnapshotAsync(Some.Person("un:1", "OLGA SIDOROVA"));
        await Monitor.RunPendingAsync(Ct);
        Clock.Advance(TimeSpan.FromMinutes(1));
        await ImportCustomersAsync("id,name,kind\nC-7,Olga Sidorova,person\n");
        Clock.Advance(TimeSpan.FromMinutes(1));
        await SnapshotAsync(Some.Person("un:1", "OLGA SIDOROVA"), Some.Person("un:2", "MARIA LOPEZ"));

        var run = Assert.Single(await Monitor.RunPendingAsync(Ct));

        Assert.Equal((1L, 1L), (run.Counts.CustomersScreened, run.Counts.AlertsCreated));
        Assert.Equal(("C-7", "un:1"), Assert.Single(await AlertsAsync()) is var a ? (a.CustomerId, a.EntityId) : default);
    }

    [Fact]
    public async Task RunPending_RunStoppedAfterAPage_ResumesFromItsCursorWithoutScreeningThoseCustomersAgain()
    {
        await ImportCustomersAsync("id,name,kind\nC-1,Ivan Petrov,person\nC-2,Ivan Petrov,person\n");
        var snapshot = await SnapshotAsync(Some.Person("un:1", "IVAN PETROV"));
        // As a run killed after committing its page up to C-1 leaves it: running, in the entities phase, its cursor on C-1.
        await ExecuteAsync($"UPDATE monitor_runs SET status = 'Running', phase = 'Entities', page_cursor = 'C-1', customers_from_ms = 0, " +
            $"customers_until_ms = 0, added_entities = 1 WHERE to_snapshot = {snapshot.Id}");

        var run = Assert.Single(await Monitor.RunPendingAsync(Ct));
        var again = await Monitor.RunPendingAsync(Ct);

        Assert.Empty(again);
        Assert.Equal((MonitorRunStatus.Completed, 1L, 1L), (run.Status, run.Counts.CustomersScreened, run.Counts.AlertsCreated));
        Assert.Equal(["C-2"], (await AlertsAsync()).Select(a => a.CustomerId));
    }

    [Fact]
    public async Task RunPending_OwnerDesignatedThenDelisted_AlertsOnTheCustomerItOwnsThenClosesThatAlert()
    {
        await ImportCustomersAsync("id,name,kind\nC-9,Harbour Example Trading,organization\n");
        await SnapshotAsync(Some.Person("un:1", "OLGA SIDOROVA"));
        var monitor = Store.Monitoring(Clock);
        await monitor.RunPendingAsync(Ct);
        var lists = new ScreeningService();
        lists.Swap(await ListLoader.LoadAsync(Store, null, Clock, Ct));
        using (var holdings = new MemoryStream(Encoding.UTF8.GetBytes("owner,owned,share\nun:2,Entity A,100\nEntity A,customer:C-9,60\n")))
        {
            await new OwnershipImporter(Store.Ownership, lists, Clock).ImportAsync(holdings, PartyFileFormat.Csv, "holdings.csv", Ana, Ct);
        }

        await SnapshotAsync(Some.Person("un:1", "OLGA SIDOROVA"), Some.Person("un:2", "PIOTR NOWAK"));
        var designated = Assert.Single(await monitor.RunPendingAsync(Ct));
        await SnapshotAsync(Some.Person("un:1", "OLGA SIDOROVA"));
        var delisted = Assert.Single(await monitor.RunPendingAsync(Ct));

        Assert.Equal((MonitorRunStatus.Completed, MonitorPhase.Done, 1L), (designated.Status, designated.Phase, designated.Counts.AlertsCreated));
        var alert = Assert.Single(await AlertsAsync());
        Assert.Equal(("C-9", AlertKind.Ownership), (alert.CustomerId, alert.Kind));
        var details = await monitor.GetAsync(designated.Id, Ct);
        Assert.Equal([(alert.Id, MonitorAlertAction.Created)], details!.Value.Alerts.Select(a => (a.AlertId, a.Action)));
        Assert.Equal((0L, 0L, 1L), (delisted.Counts.AlertsCreated, delisted.Counts.AlertsUpdated, delisted.Counts.AlertsClosed));
        var closed = Assert.Single(await AlertsAsync());
        Assert.Equal((alert.Id, AlertStatus.Closed, (Decision?)null), (closed.Id, closed.Status, closed.Outcome));
        var closedBy = await monitor.GetAsync(delisted.Id, Ct);
        Assert.Equal([(alert.Id, MonitorAlertAction.Closed)], closedBy!.Value.Alerts.Select(a => (a.AlertId, a.Action)));
        await using var session = await Store.Cases.BeginReadAsync(Ct);
        Assert.Contains("no longer blocked by ownership", Assert.Single(await session.CommentsAsync(alert.Id, Ct)).Text, StringComparison.Ordinal);
        Assert.Contains(await AuditAsync(), a => a.Action == AuditActions.AlertClosed && a.Subject == $"alert:{alert.Id}");
    }

    private const double MatchOptionsThreshold = Snapback.Matching.MatchOptions.DefaultThreshold;

    private async Task<ListSnapshot> SnapshotAsync(params ListedEntity[] entities)
    {
        Clock.Advance(TimeSpan.FromSeconds(1));
        imports++;
        return await Store.SaveSnapshotAsync(
            new SnapshotDraft("un", "test", Clock.GetUtcNow(), Clock.GetUtcNow(), Some.Sha("snapshot " + imports), "un.xml", [.. entities]), Ct);
    }

    private async Task ImportCustomersAsync(string csv)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        await new CustomerImporter(Store.Cases, Clock).ImportAsync(input, PartyFileFormat.Csv, "customers.csv", Ana, Ct);
    }

    private async Task<CustomerScreenResult> FullScreenAsync()
    {
        var screening = new ScreeningService();
        screening.Swap(await ListLoader.LoadAsync(Store, null, Clock, Ct));
        return await new AlertScreener(Store.Cases, screening, Clock).ScreenAllAsync(Ana, null, Ct);
    }

    private async Task<IReadOnlyList<Alert>> AlertsAsync()
    {
        await using var session = await Store.Cases.BeginReadAsync(Ct);
        return await session.ListAlertsAsync(new AlertFilter(), Ct);
    }

    private async Task<List<AuditEntry>> AuditAsync()
    {
        await using var session = await Store.Cases.BeginReadAsync(Ct);
        var rows = new List<AuditEntry>();
        await foreach (var row in session.ReadAuditAsync(null, null, Ct))
        {
            rows.Add(row);
        }

        return rows;
    }
}
