using System.Globalization;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using Snapback.Screening.Batch;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Alerts;
using Snapback.Screening.Cases.Customers;
using Snapback.Screening.Cases.Decisions;
using Snapback.Screening.Lists;
using Snapback.Screening.Monitoring;
using Snapback.Screening.Screen;
using Snapback.Screening.Tests.Support;
using Snapback.Tests;

namespace Snapback.Store.Tests.Monitoring;

/// <summary>
/// A generated portfolio with listed names planted in it (SDN 2021 additions, UN Iran re-listings, listings that stay, change or go),
/// monitored across SDN 2019-01 → 2021-07 and UN 2025-04-19 → 2025-11-29, against a full re-screen of the same store at the same
/// point: the alerts must be the same, alert for alert.
/// </summary>
public abstract class MonitorEqualityTests : IAsyncLifetime
{
    private static readonly Actor Ana = new("k-ana", "ana", CaseRole.Analyst);
    private static readonly Actor Bob = new("k-bob", "bob", CaseRole.Approver);

    private static readonly Lazy<(ParsedList SdnBefore, ParsedList SdnAfter, ParsedList UnBefore, ParsedList UnAfter)> Lists = new(() => (
        ListReader.Read(RepoPaths.Shared("ofac", "sdn-2019-01")),
        ListReader.Read(RepoPaths.Shared("ofac", "sdn-2021-07")),
        ListReader.Read(RepoPaths.Shared("un", "consolidated-2025-04-19.xml")),
        ListReader.Read(RepoPaths.Shared("un", "consolidated-2025-11-29.xml"))));

    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>How many customers the portfolio holds.</summary>
    protected abstract int Customers { get; }

    /// <summary>Opens a fresh, empty store named <paramref name="name"/>.</summary>
    protected abstract Task<SqlListStore> OpenStoreAsync(string name);

    /// <summary>A copy of the store named <paramref name="from"/> as it is now, or null when the store cannot be copied (it is then rebuilt).</summary>
    protected abstract Task<SqlListStore?> CopyAsync(string from, string name);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    [Fact(Timeout = 3_600_000)]
    public async Task MonitorRuns_SdnAndUnChanges_RaiseTheAlertsOfAFullRescreenAndCloseRemovedListings()
    {
        var (sdnBefore, sdnAfter, unBefore, unAfter) = Lists.Value;
        var clock = new FakeTimeProvider(Start);
        var monitored = await OpenStoreAsync("monitored");
        await BeforeAsync(monitored, clock);
        var rescreened = await CopyAsync("monitored", "rescreened") ?? await RebuiltAsync();
        var changedAt = clock.GetUtcNow();
        var removed = sdnBefore.Entities.Select(static e => e.Id).Except(sdnAfter.Entities.Select(static e => e.Id)).ToHashSet(StringComparer.Ordinal);

        var runs = await ImportChangeAsync(monitored, clock);
        var monitorResult = await new MonitorService(monitored.Cases, monitored.Monitor, monitored, clock).RunPendingAsync(Ct);
        await ImportChangeAsync(rescreened, clock);
        var screening = new ScreeningService();
        screening.Swap(await ListLoader.LoadAsync(rescreened, null, clock, Ct));
        var full = await new AlertScreener(rescreened.Cases, screening, clock).ScreenAllAsync(Ana, null, Ct);

        Assert.Equal(runs, monitorResult.Select(static r => r.ToSnapshot));
        var monitoredAlerts = await AlertsAsync(monitored);
        var rescreenedAlerts = await AlertsAsync(rescreened);
        // The full re-screen leaves alerts on removed listings as they were; the monitor closed the open ones, and only those.
        var closedByMonitor = monitoredAlerts.Where(a => removed.Contains(a.EntityId) && a.Status == AlertStatus.Closed && a.Outcome is null).ToList();
        Assert.NotEmpty(closedByMonitor);
        Assert.All(rescreenedAlerts.Where(a => removed.Contains(a.EntityId) && a.Status != AlertStatus.Closed),
            a => Assert.Contains(closedByMonitor, c => c.Id == a.Id));
        Assert.Equal(closedByMonitor.Count, monitorResult.Sum(static r => r.Counts.AlertsClosed));
        var expected = Comparable(rescreenedAlerts, removed);
        var actual = Comparable(monitoredAlerts, removed);
        Assert.Equal(expected, actual);
        Assert.Equal(full.Created.Length, monitorResult.Sum(static r => r.Counts.AlertsCreated));
        // Planted re-listings and additions were found, and decided pairs on unchanged listings stayed decided.
        Assert.Contains(monitoredAlerts, a => a.EntityId.StartsWith("un:", StringComparison.Ordinal) && a.CreatedAt >= changedAt);
        Assert.Contains(monitoredAlerts, a => a.EntityId.StartsWith("ofac:", StringComparison.Ordinal) && a.CreatedAt >= changedAt);
    }

    // Everything an alert says that a re-screen decides, for every alert whose listing is still in force.
    private static List<string> Comparable(IEnumerable<Alert> alerts, HashSet<string> removed) =>
    [
        .. alerts.Where(a => !removed.Contains(a.EntityId))
            .Select(static a => string.Create(CultureInfo.InvariantCulture,
                $"{a.CustomerId} {a.EntityId} {a.Status} {a.Outcome} {a.Score} {a.Evidence.EntityHash} {a.Evidence.CustomerHash} {a.Evidence.Changes.Length}"))
            .Order(StringComparer.Ordinal),
    ];

    private async Task<SqlListStore> RebuiltAsync()
    {
        var store = await OpenStoreAsync("rescreened");
        await BeforeAsync(store, new FakeTimeProvider(Start));
        return store;
    }

    // The state before the change: the old lists, the portfolio, its first monitoring runs, and some alerts decided each way.
    private async Task BeforeAsync(SqlListStore store, FakeTimeProvider clock)
    {
        var (sdnBefore, _, unBefore, _) = Lists.Value;
        await SaveAsync(store, sdnBefore, "sdn-2019-01", clock);
        await SaveAsync(store, unBefore, "un-2025-04-19", clock);
        clock.Advance(TimeSpan.FromMinutes(1));
        using (var input = new MemoryStream(Encoding.UTF8.GetBytes(Portfolio(Customers))))
        {
            await new CustomerImporter(store.Cases, clock).ImportAsync(input, PartyFileFormat.Csv, "portfolio.csv", Ana, Ct);
        }

        clock.Advance(TimeSpan.FromMinutes(1));
        await new MonitorService(store.Cases, store.Monitor, store, clock).RunPendingAsync(Ct);
        var decisions = new DecisionService(store.Cases, clock);
        var open = (await AlertsAsync(store)).Where(static a => a.Status == AlertStatus.Open).OrderBy(static a => a.Id).ToList();
        for (var i = 0; i < open.Count; i += 7)
        {
            await decisions.ProposeAsync(open[i].Id, i % 2 == 0 ? Decision.FalsePositive : Decision.TrueMatch, "decided before the change", Ana, Ct);
            await decisions.ApproveAsync(open[i].Id, null, Bob, Ct);
        }

        clock.Advance(TimeSpan.FromMinutes(1));
    }

    private static async Task<List<long>> ImportChangeAsync(SqlListStore store, FakeTimeProvider clock)
    {
        var (_, sdnAfter, _, unAfter) = Lists.Value;
        var clockAt = new FakeTimeProvider(clock.GetUtcNow());
        return [await SaveAsync(store, sdnAfter, "sdn-2021-07", clockAt), await SaveAsync(store, unAfter, "un-2025-11-29", clockAt)];
    }

    private static async Task<long> SaveAsync(SqlListStore store, ParsedList list, string name, FakeTimeProvider clock)
    {
        clock.Advance(TimeSpan.FromSeconds(1));
        return (await store.SaveSnapshotAsync(SnapshotDraft.From(list, Some.Sha(name), name, clock.GetUtcNow()), Ct)).Id;
    }

    private static async Task<List<Alert>> AlertsAsync(SqlListStore store)
    {
        await using var session = await store.Cases.BeginReadAsync(Ct);
        var alerts = new List<Alert>();
        foreach (var status in Enum.GetValues<AlertStatus>())
        {
            alerts.AddRange(await session.ListAlertsAsync(new AlertFilter(status, Limit: 10_000), Ct));
        }

        return alerts;
    }

    /// <summary>
    /// The portfolio: one customer in <c>count / 400</c> a listed name, as written or perturbed (SDN 2021 additions, UN entries of
    /// 2025-11-29 absent from 2025-04-19, and SDN listings that stay, change or go), the rest made-up names.
    /// </summary>
    private static string Portfolio(int count)
    {
        var (sdnBefore, sdnAfter, unBefore, unAfter) = Lists.Value;
        var beforeIds = sdnBefore.Entities.ToDictionary(static e => e.Id, StringComparer.Ordinal);
        var afterIds = sdnAfter.Entities.ToDictionary(static e => e.Id, StringComparer.Ordinal);
        var unBeforeIds = unBefore.Entities.Select(static e => e.Id).ToHashSet(StringComparer.Ordinal);
        var random = new Random(20261201);
        List<ListedEntity> planted =
        [
            .. Pick(sdnAfter.Entities.Where(e => !beforeIds.ContainsKey(e.Id)), 120, random),
            .. Pick(unAfter.Entities.Where(e => !unBeforeIds.Contains(e.Id)), 126, random),
            .. Pick(sdnBefore.Entities.Where(e => !afterIds.ContainsKey(e.Id)), 40, random),
            .. Pick(sdnBefore.Entities.Where(e => afterIds.TryGetValue(e.Id, out var a) && !EntityJson.Canonical(a).Equals(EntityJson.Canonical(e), StringComparison.Ordinal)), 40, random),
            .. Pick(sdnBefore.Entities.Where(e => afterIds.ContainsKey(e.Id)), 80, random),
        ];
        var text = new StringBuilder("id,name,kind\n");
        var every = Math.Max(1, count / planted.Count);
        var next = 0;
        for (var i = 0; i < count; i++)
        {
            var (name, kind) = i % every == 0 && next < planted.Count
                ? (Perturb(planted[next].PrimaryName, random), KindOf(planted[next++]))
                : (MadeUp(random), "person");
            text.Append(CultureInfo.InvariantCulture, $"P-{i:0000000},\"{name.Replace("\"", "", StringComparison.Ordinal)}\",{kind}\n");
        }

        return text.ToString();
    }

    private static IEnumerable<ListedEntity> Pick(IEnumerable<ListedEntity> entities, int count, Random random) =>
        entities.Where(static e => e.Kind is EntityKind.Person or EntityKind.Organization).OrderBy(_ => random.Next()).Take(count);

    private static string KindOf(ListedEntity entity) => entity.Kind == EntityKind.Person ? "person" : "organization";

    private static string Perturb(string name, Random random)
    {
        var tokens = name.Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        switch (random.Next(4))
        {
            case 0:
                return name;
            case 1:
                tokens.Reverse();
                break;
            case 2:
                var t = random.Next(tokens.Count);
                if (tokens[t].Length > 4)
                {
                    tokens[t] = tokens[t].Remove(random.Next(1, tokens[t].Length - 1), 1);
                }

                break;
            default:
                var s = random.Next(tokens.Count);
                if (tokens[s].Length > 3)
                {
                    var c = tokens[s].ToCharArray();
                    (c[1], c[2]) = (c[2], c[1]);
                    tokens[s] = new string(c);
                }

                break;
        }

        return string.Join(' ', tokens).ToLowerInvariant();
    }

    private static readonly string[] Syllables = ["ka", "lo", "ren", "vi", "sta", "mor", "del", "quin", "bry", "tesh", "olm", "zu", "par", "wen", "ix"];

    private static string MadeUp(Random random)
    {
        string Word() => string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => Syllables[random.Next(Syllables.Length)]));
        return Word() + " " + Word();
    }
}
