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
using Snapback.Screening.Lists;
using Snapback.Screening.Screen;
using Snapback.Screening.Tests.Support;

namespace Snapback.Store.Tests.Cases;

/// <summary>What every <see cref="ICaseStore"/> must do, through the use cases that run on it; run against SQLite and PostgreSQL.</summary>
public abstract class CaseStoreContractTests : IAsyncLifetime
{
    protected static readonly Actor Ana = new("k-ana", "ana", CaseRole.Analyst);
    protected static readonly Actor Bob = new("k-bob", "bob", CaseRole.Approver);
    protected static readonly Actor Cat = new("k-cat", "cat", CaseRole.Approver);
    protected static readonly Actor Vic = new("k-vic", "vic", CaseRole.Viewer);

    private SqlListStore? store;

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    protected SqlListStore ListStore => store ?? throw new InvalidOperationException("store not opened");

    protected ICaseStore Cases => ListStore.Cases;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => store = await OpenStoreAsync();

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    protected abstract Task<SqlListStore> OpenStoreAsync();

    /// <summary>Runs SQL on the store's database around the store, as someone with direct access would.</summary>
    protected abstract Task ExecuteAsync(string sql);

    protected abstract Task<long> CountRowsAsync(string table);

    protected CustomerImporter Importer => new(Cases, Clock);

    protected DecisionService Decisions => new(Cases, Clock);

    protected static ScreeningService Lists(params ListedEntity[] entities)
    {
        var service = new ScreeningService();
        service.Swap(new LoadedLists(MatchIndex.Build(entities), [], DateTimeOffset.UnixEpoch));
        return service;
    }

    protected async Task<CustomerImportResult> ImportAsync(string text, PartyFileFormat format = PartyFileFormat.Csv, Actor? actor = null)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return await Importer.ImportAsync(input, format, "customers." + (format == PartyFileFormat.Csv ? "csv" : "jsonl"), actor ?? Ana, Ct);
    }

    protected async Task<AuditVerification> VerifyAsync() => await new AuditVerifier(Cases).VerifyAsync(Ct);

    [Fact]
    public async Task ImportCustomers_CsvWithBadRows_KeepsTheGoodRowsAndNamesTheBadOnes()
    {
        var result = await ImportAsync(
            "id,name,kind,birth_date,country,segment\n" +
            "C-1,Ivan Petrov,person,1970-05-01,RU,retail\n" +
            "C-2,,person,,,\n" +
            "C-3,Acme Trading,spaceship,,,\n" +
            "C-4,Olga Ivanova,person,1970-13-45,,\n" +
            ",No Id,person,,,\n" +
            "C-5,Sea Breeze Shipping,organization,,PA,corporate\n");

        Assert.Equal((2L, 0L, 4L), (result.Inserted, result.Updated, result.Rejected));
        Assert.Equal([3L, 4L, 5L, 6L], result.Errors.Select(e => e.Line));
        Assert.Equal(["C-2", "C-3", "C-4", null], result.Errors.Select(e => e.Id));
        Assert.StartsWith("name:", result.Errors[0].Error, StringComparison.Ordinal);
        Assert.StartsWith("kind:", result.Errors[1].Error, StringComparison.Ordinal);
        Assert.StartsWith("birth_date:", result.Errors[2].Error, StringComparison.Ordinal);
        await using var session = await Cases.BeginReadAsync(Ct);
        var ivan = await session.GetCustomerAsync("C-1", Ct);
        Assert.NotNull(ivan);
        Assert.Equal(("Ivan Petrov", "1970-05-01", "RU", "retail"), (ivan.Record.Name, ivan.Record.BirthDate, ivan.Record.Country, ivan.Record.Attributes["segment"]));
        Assert.Equal(["C-1", "C-5"], (await session.ListCustomersAsync(null, 10, Ct)).Select(c => c.Record.Id));
        Assert.Null(await session.GetCustomerAsync("C-2", Ct));
    }

    [Fact]
    public async Task ImportCustomers_UpdateAndDelete_KeepEveryVersionAndOneAuditRowPerImport()
    {
        await ImportAsync("id,name,birth_date\nC-1,Ivan Petrov,1970\nC-2,Olga Ivanova,1980\nC-3,Anna Smirnova,1990\n");

        var second = await ImportAsync(
            """
            {"id":"C-1","name":"Ivan Petrov","birth_date":"1970-05-01","attributes":{"segment":"retail"}}
            {"id":"C-2","action":"delete"}
            {"id":"C-3","name":"Anna Smirnova","birth_date":"1990"}
            {"id":"C-9","action":"delete"}
            {"id":"C-4", "name": 12}
            """, PartyFileFormat.JsonLines);

        Assert.Equal((0L, 1L, 1L, 1L, 2L), (second.Inserted, second.Updated, second.Deleted, second.Unchanged, second.Rejected));
        Assert.Equal([4L, 5L], second.Errors.Select(e => e.Line));
        await using var session = await Cases.BeginReadAsync(Ct);
        var history = await session.CustomerHistoryAsync("C-1", Ct);
        Assert.Equal([1, 2], history.Select(v => v.Version));
        Assert.Equal(["1970", "1970-05-01"], history.Select(v => v.Record.BirthDate));
        Assert.True((await session.GetCustomerAsync("C-2", Ct))!.Deleted);
        Assert.Equal(["C-1", "C-3"], (await session.ListCustomersAsync(null, 10, Ct)).Select(c => c.Record.Id));
        var audit = await ReadAuditAsync(session);
        Assert.Equal([AuditActions.CustomersImported, AuditActions.CustomersImported], audit.Select(a => a.Action));
        Assert.Contains("\"deleted\":1", audit[1].Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportCustomers_ViewerRole_IsRefusedAndWritesNothing()
    {
        var refused = await Assert.ThrowsAsync<CaseRuleException>(() => ImportAsync("id,name\nC-1,Ivan Petrov\n", actor: Vic));

        Assert.Equal(CaseRule.RoleRequired, refused.Rule);
        Assert.Equal(0, await CountRowsAsync("customers"));
        Assert.Equal(0, await CountRowsAsync("audit_log"));
    }

    [Fact]
    public async Task Screen_SameCustomerAgain_KeepsOneOpenAlertAndUpdatesItWhenTheCustomerChanges()
    {
        var screener = new AlertScreener(Cases, Lists(Some.Person("un:1", "IVAN PETROV"), Some.Person("un:2", "OLGA SIDOROVA")), Clock);
        await ImportAsync("id,name,kind\nC-1,Ivan Petrov,person\nC-2,Maria Lopez,person\n");

        var first = await screener.ScreenAllAsync(Ana, null, Ct);
        var again = await screener.ScreenAllAsync(Ana, null, Ct);
        await ImportAsync("id,name,kind,birth_date\nC-1,Ivan Petrov,person,1970\n");
        var changed = await screener.ScreenCustomerAsync("C-1", Ana, null, Ct);

        var id = Assert.Single(first.Created);
        Assert.Equal(2, first.Customers);
        Assert.Equal((0, 0, 1L), (again.Created.Length, again.Updated.Length, again.Unchanged));
        Assert.Equal([id], changed.Updated);
        await using var session = await Cases.BeginReadAsync(Ct);
        var alert = Assert.Single(await session.ListAlertsAsync(new AlertFilter(), Ct));
        Assert.Equal(("C-1", "un:1", AlertStatus.Open), (alert.CustomerId, alert.EntityId, alert.Status));
        Assert.Equal("1970", alert.Evidence.Query.BirthDate);
        Assert.Equal(EntityJson.Hash(EntityJson.Canonical(Some.Person("un:1", "IVAN PETROV"))), alert.Evidence.EntityHash);
        Assert.Equal(MatcherVersion.Current, alert.Evidence.Basis.Matcher);
        Assert.Equal(alert.Score, alert.Evidence.Hit.Score);
        Assert.False(string.IsNullOrEmpty(alert.Evidence.Hit.Explanation.Summary));
        Assert.Equal(Ana.Id, alert.Evidence.Actor.Id);
    }

    [Fact]
    public async Task Approve_OwnProposal_IsRefusedByFourEyesAndWritesNothing()
    {
        var alert = await RaiseAlertAsync();
        await Decisions.ProposeAsync(alert, Decision.FalsePositive, "different birth date", Cat, Ct);
        var auditRows = await CountRowsAsync("audit_log");

        var approve = await Assert.ThrowsAsync<CaseRuleException>(() => Decisions.ApproveAsync(alert, null, Cat, Ct));
        var reject = await Assert.ThrowsAsync<CaseRuleException>(() => Decisions.RejectAsync(alert, null, Cat with { Id = "k-cat-2" }, Ct));

        Assert.Equal((CaseRule.FourEyes, CaseRule.FourEyes), (approve.Rule, reject.Rule));
        Assert.Contains("four eyes", approve.Message, StringComparison.Ordinal);
        Assert.Equal(auditRows, await CountRowsAsync("audit_log"));
        await using var session = await Cases.BeginReadAsync(Ct);
        Assert.Equal(AlertStatus.Proposed, (await session.GetAlertAsync(alert, Ct))!.Status);
        Assert.Single(await session.PendingProposalsAsync(Ct));
    }

    [Fact]
    public async Task Approve_AnalystWithoutApproverRole_IsRefused()
    {
        var alert = await RaiseAlertAsync();
        await Decisions.ProposeAsync(alert, Decision.TrueMatch, "same person", Bob, Ct);

        var refused = await Assert.ThrowsAsync<CaseRuleException>(() => Decisions.ApproveAsync(alert, null, Ana, Ct));
        var viewer = await Assert.ThrowsAsync<CaseRuleException>(() => Decisions.ProposeAsync(alert, Decision.TrueMatch, "x", Vic, Ct));

        Assert.Equal((CaseRule.RoleRequired, CaseRule.RoleRequired), (refused.Rule, viewer.Rule));
    }

    [Fact]
    public async Task Approve_BySecondPerson_ClosesTheAlertAndAuditsBothSteps()
    {
        var alert = await RaiseAlertAsync();

        var proposal = await Decisions.ProposeAsync(alert, Decision.TrueMatch, "same passport", Ana, Ct);
        var twice = await Assert.ThrowsAsync<CaseRuleException>(() => Decisions.ProposeAsync(alert, Decision.FalsePositive, "no", Ana, Ct));
        var closed = await Decisions.ApproveAsync(alert, "agreed", Bob, Ct);
        var after = await Assert.ThrowsAsync<CaseRuleException>(() => Decisions.ApproveAsync(alert, null, Cat, Ct));

        Assert.Equal(CaseRule.WrongState, twice.Rule);
        Assert.Equal(CaseRule.WrongState, after.Rule);
        Assert.Equal((AlertStatus.Closed, Decision.TrueMatch), (closed.Status, closed.Outcome));
        await using var session = await Cases.BeginReadAsync(Ct);
        var stored = Assert.Single(await session.ProposalsAsync(alert, Ct));
        Assert.Equal((proposal.Id, ProposalState.Approved, "bob", "agreed"), (stored.Id, stored.State, stored.ReviewedByName, stored.ReviewNote));
        var audit = await ReadAuditAsync(session);
        Assert.Equal([AuditActions.DecisionProposed, AuditActions.DecisionApproved], audit.TakeLast(2).Select(a => a.Action));
        Assert.Equal(["ana", "bob"], audit.TakeLast(2).Select(a => a.ActorName));
        Assert.Empty(await session.ListAlertsAsync(new AlertFilter(AlertStatus.Open), Ct));
    }

    [Fact]
    public async Task Reject_Proposal_SendsTheAlertBackOpenForAnotherProposal()
    {
        var alert = await RaiseAlertAsync();
        await Decisions.ProposeAsync(alert, Decision.FalsePositive, "guess", Ana, Ct);

        var rejected = await Decisions.RejectAsync(alert, "check the birth date", Bob, Ct);
        await Decisions.ProposeAsync(alert, Decision.NeedsInfo, "asked the branch", Ana, Ct);
        var waiting = await Decisions.ApproveAsync(alert, null, Bob, Ct);
        await Decisions.CommentAsync(alert, "branch answered", Ana, Ct);

        Assert.Equal(AlertStatus.Open, rejected.Status);
        Assert.Equal((AlertStatus.NeedsInfo, Decision.NeedsInfo), (waiting.Status, waiting.Outcome));
        await using var session = await Cases.BeginReadAsync(Ct);
        Assert.Equal([ProposalState.Rejected, ProposalState.Approved], (await session.ProposalsAsync(alert, Ct)).Select(p => p.State));
        Assert.Equal("branch answered", Assert.Single(await session.CommentsAsync(alert, Ct)).Text);
    }

    [Fact]
    public async Task FalsePositive_CustomerBirthDateChanges_AlertsAgainNamingTheField()
    {
        var screener = new AlertScreener(Cases, Lists(Some.Person("un:1", "IVAN PETROV")), Clock);
        await ImportAsync("id,name,kind,birth_date\nC-1,Ivan Petrov,person,1970\n");
        var alert = Assert.Single((await screener.ScreenAllAsync(Ana, null, Ct)).Created);
        await Decisions.ProposeAsync(alert, Decision.FalsePositive, "not him", Ana, Ct);
        await Decisions.ApproveAsync(alert, null, Bob, Ct);

        var quiet = await screener.ScreenAllAsync(Ana, null, Ct);
        await ImportAsync("id,name,kind,birth_date\nC-1,Ivan Petrov,person,1971\n");
        var back = await screener.ScreenAllAsync(Ana, null, Ct);

        Assert.Equal((0, 1L), (quiet.Created.Length, quiet.Suppressed));
        var again = Assert.Single(back.Created);
        Assert.NotEqual(alert, again);
        await using var session = await Cases.BeginReadAsync(Ct);
        var change = Assert.Single((await session.GetAlertAsync(again, Ct))!.Evidence.Changes);
        Assert.Equal(("customer.birth_date", "1970", "1971"), (change.Field, change.Before, change.After));
        Assert.Null(await session.FindSuppressionAsync("C-1", "un:1", Ct));
        Assert.Contains(await ReadAuditAsync(session), a => a.Action == AuditActions.SuppressionLifted);
    }

    [Fact]
    public async Task Session_DisposedWithoutCommit_LeavesNothing()
    {
        await using (var session = await Cases.BeginAsync(Ct))
        {
            await session.AppendAuditAsync(AuditDraft.Of(Clock.GetUtcNow(), Ana, AuditActions.AlertCommented, "alert:1", new { x = 1 }), Ct);
        }

        Assert.Equal(0, await CountRowsAsync("audit_log"));
        Assert.True((await VerifyAsync()).Valid);
    }

    [Theory]
    [InlineData("edit", "UPDATE audit_log SET data = '{\"x\":9}' WHERE seq = 3", 3L)]
    [InlineData("delete", "DELETE FROM audit_log WHERE seq = 3", 4L)]
    [InlineData("insert", "UPDATE audit_log SET seq = seq + 100 WHERE seq >= 3; UPDATE audit_log SET seq = seq - 99 WHERE seq >= 103; " +
        "INSERT INTO audit_log (seq, at_ms, actor_id, actor_name, action, subject, data, prev_hash, hash) " +
        "SELECT 3, at_ms, actor_id, actor_name, action, subject, data, hash, hash FROM audit_log WHERE seq = 2", 3L)]
    [InlineData("reorder", "UPDATE audit_log SET seq = -3 WHERE seq = 3; UPDATE audit_log SET seq = 3 WHERE seq = 4; " +
        "UPDATE audit_log SET seq = 4 WHERE seq = -3", 3L)]
    [InlineData("tail", "DELETE FROM audit_log WHERE seq = 6", 6L)]
    public async Task AuditVerify_RowsChangedInTheDatabase_NamesTheFirstBadRow(string change, string sql, long firstBad)
    {
        for (var i = 1; i <= 6; i++)
        {
            await using var session = await Cases.BeginAsync(Ct);
            await session.AppendAuditAsync(AuditDraft.Of(Clock.GetUtcNow(), Ana, AuditActions.AlertCommented, $"alert:{i}", new { text = change }), Ct);
            await session.CommitAsync(Ct);
            Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var before = await VerifyAsync();
        await ExecuteAsync(sql);
        var after = await VerifyAsync();

        Assert.Equal((true, 6L), (before.Valid, before.Rows));
        Assert.False(after.Valid);
        Assert.Equal(firstBad, after.FirstBadSeq);
        Assert.Contains(firstBad.ToString(System.Globalization.CultureInfo.InvariantCulture), after.Problem, StringComparison.Ordinal);
    }

    [Fact(Timeout = 600_000)]
    public async Task AuditAppend_EightConcurrentWritersOfAThousandEach_KeepOneUnbrokenChain()
    {
        async Task WriteAsync(int writer)
        {
            var actor = new Actor($"k-{writer}", $"writer {writer}", CaseRole.Analyst);
            for (var i = 0; i < 1000; i++)
            {
                await using var session = await Cases.BeginAsync(Ct);
                await session.AppendAuditAsync(AuditDraft.Of(Clock.GetUtcNow(), actor, AuditActions.AlertCommented, $"alert:{i}", new { writer, i }), Ct);
                await session.CommitAsync(Ct);
            }
        }

        await Task.WhenAll(Enumerable.Range(1, 8).Select(w => Task.Run(() => WriteAsync(w), Ct)));

        var verification = await VerifyAsync();
        Assert.True(verification.Valid, verification.Problem);
        Assert.Equal(8000, verification.Rows);
        Assert.Equal(8000, await CountRowsAsync("audit_log"));
    }

    [Fact]
    public async Task FalsePositive_RealSdnEntityGainsAnAlias_AlertsAgainListingTheNewAlias()
    {
        // KADYROV, Ramzan Akhmatovich (ent_num 23343): the January 2019 SDN gives one alias, the July 2021 SDN adds "KADYROV, Ramzan".
        var before = SdnEntity("sdn-2019-01", "ofac:23343");
        var after = SdnEntity("sdn-2021-07", "ofac:23343");
        var lists = Lists(before);
        var screener = new AlertScreener(Cases, lists, Clock);
        await ImportAsync("id,name,kind\nC-7,Ramzan Kadyrov,person\n");
        var alert = Assert.Single((await screener.ScreenAllAsync(Ana, null, Ct)).Created);
        await Decisions.ProposeAsync(alert, Decision.FalsePositive, "a different Ramzan Kadyrov: born 1990 in Grozny", Ana, Ct);
        await Decisions.ApproveAsync(alert, null, Bob, Ct);

        var quiet = await screener.ScreenAllAsync(Ana, null, Ct);
        lists.Swap(new LoadedLists(MatchIndex.Build([after]), [], DateTimeOffset.UnixEpoch));
        var back = await screener.ScreenAllAsync(Ana, null, Ct);

        Assert.Equal((0, 1L), (quiet.Created.Length, quiet.Suppressed));
        var again = Assert.Single(back.Created);
        await using var session = await Cases.BeginReadAsync(Ct);
        var changes = (await session.GetAlertAsync(again, Ct))!.Evidence.Changes;
        var names = Assert.Single(changes, c => c.Field == "entity.Names");
        Assert.Contains(names.Added, added => added.StartsWith("KADYROV, Ramzan (", StringComparison.Ordinal));
        Assert.Empty(names.Removed);
        Assert.DoesNotContain(changes, c => c.Field.StartsWith("customer.", StringComparison.Ordinal));
    }

    private static ListedEntity SdnEntity(string folder, string id) =>
        Snapback.Lists.Formats.ListReader.Read(Snapback.Tests.RepoPaths.Shared("ofac", folder)).Entities.Single(e => e.Id == id);

    [Fact]
    public async Task ListImport_NewSnapshot_AppendsOneAuditRowNamingIt()
    {
        await ImportAsync("id,name,kind\nC-1,Ivan Petrov,person\n");
        var importer = new ListImporter(ListStore, Clock, actor: Bob);
        var first = await importer.ImportAsync(Some.List(Some.People(3), publishedAt: Some.Date(2026, 10, 1)), Some.Sha("1"), "un-1.xml", false, Ct);
        var again = await importer.ImportAsync(Some.List(Some.People(3), publishedAt: Some.Date(2026, 10, 1)), Some.Sha("1"), "un-1.xml", false, Ct);
        var second = await importer.ImportAsync(
            Some.List([.. Some.People(2), Some.Person("un:3", "RENAMED"), .. Some.People(2, first: 4)]), Some.Sha("2"), "un-2.xml", false, Ct);

        Assert.Equal(ImportStatus.Unchanged, again.Status);
        await using var session = await Cases.BeginReadAsync(Ct);
        var rows = (await ReadAuditAsync(session)).Where(a => a.Action == AuditActions.ListImported).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.Equal(("k-bob", "bob"), (row.ActorId, row.ActorName)));
        Assert.Equal(Clock.GetUtcNow().ToUnixTimeMilliseconds(), rows[0].AtMs);
        Assert.Equal($"snapshot:{first.Snapshot!.Id}", rows[0].Subject);
        Assert.Equal(
            $"{{\"source\":\"un\",\"snapshot_id\":{first.Snapshot.Id},\"published_at\":\"2026-10-01T00:00:00+00:00\",\"sha256\":\"{Some.Sha("1")}\"," +
            "\"file_name\":\"un-1.xml\",\"entities\":3,\"added\":3,\"changed\":0,\"removed\":0}",
            rows[0].Data);
        Assert.Equal($"snapshot:{second.Snapshot!.Id}", rows[1].Subject);
        Assert.Contains("\"entities\":5,\"added\":2,\"changed\":1,\"removed\":0", rows[1].Data, StringComparison.Ordinal);
        Assert.True((await VerifyAsync()).Valid);
    }

    [Fact]
    public async Task ListImport_RejectedOrHeld_AppendsNoAuditRow()
    {
        var importer = new ListImporter(ListStore, Clock, actor: Bob);
        await importer.ImportAsync(Some.List(Some.People(10)), Some.Sha("1"), "un-1.xml", false, Ct);

        var rejected = await importer.ImportAsync(Some.List([]), Some.Sha("empty"), "empty.xml", false, Ct);
        var held = await importer.ImportAsync(Some.List(Some.People(2)), Some.Sha("short"), "short.xml", false, Ct);

        Assert.Equal((ImportStatus.Rejected, ImportStatus.Held), (rejected.Status, held.Status));
        Assert.Equal(1, await CountRowsAsync("audit_log"));
        Assert.Equal(1, await CountRowsAsync("snapshots"));
        Assert.True((await VerifyAsync()).Valid);
    }

    [Fact]
    public async Task ListSave_AuditRowCannotBeMade_StoresNeitherSnapshotNorRow()
    {
        var draft = SnapshotDraft.From(Some.List(Some.People(3)), Some.Sha("1"), "un.xml", Clock.GetUtcNow());

        await Assert.ThrowsAsync<InvalidOperationException>(() => ListStore.SaveSnapshotAsync(
            draft, _ => throw new InvalidOperationException("no audit row"), Ct));

        Assert.Equal(0, await CountRowsAsync("snapshots"));
        Assert.Equal(0, await CountRowsAsync("audit_log"));
        Assert.True((await VerifyAsync()).Valid);
    }

    [Fact]
    public async Task ListImport_BetweenCaseActions_KeepsOneUnbrokenChain()
    {
        var importer = new ListImporter(ListStore, Clock, actor: ListImporter.SchedulerActor);
        var writers = Enumerable.Range(1, 4).Select(async n =>
        {
            await importer.ImportAsync(Some.List(Some.People(3 + n)), Some.Sha("list" + n), "un.xml", true, Ct);
            await ImportAsync($"id,name,kind\nC-{n},Person {n},person\n");
        });
        await Task.WhenAll(writers);

        Assert.Equal(8, await CountRowsAsync("audit_log"));
        Assert.True((await VerifyAsync()).Valid);
    }

    // Raises one alert: customer C-1 against listed person un:1.
    protected async Task<long> RaiseAlertAsync()
    {
        var screener = new AlertScreener(Cases, Lists(Some.Person("un:1", "IVAN PETROV")), Clock);
        await ImportAsync("id,name,kind\nC-1,Ivan Petrov,person\n");
        return Assert.Single((await screener.ScreenAllAsync(Ana, null, Ct)).Created);
    }

    protected static async Task<List<AuditEntry>> ReadAuditAsync(ICaseSession session)
    {
        var rows = new List<AuditEntry>();
        await foreach (var row in session.ReadAuditAsync(null, null, Ct))
        {
            rows.Add(row);
        }

        return rows;
    }
}
