using Microsoft.Extensions.Time.Testing;
using Snapback.Lists;
using Snapback.Screening.Lists;
using Snapback.Tests;

namespace Snapback.Screening.Tests.Support;

/// <summary>
/// Base for tests of updates over time: a fresh SQLite store, a local list server for the UN list, and a fake clock that the
/// updater, the importer and the test share.
/// </summary>
public abstract class ScheduledUpdateTest : ListServerTest
{
    protected static readonly string Older = RepoPaths.Shared("un", "consolidated-2025-04-19.xml");
    protected static readonly string Newer = RepoPaths.Shared("un", "consolidated-2025-11-29.xml");
    protected static readonly DateTimeOffset Start = Some.Date(2026, 3, 2).AddHours(8);

    protected FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>An updater of the UN list from the local server, one attempt per check (a retry would wait on the fake clock).</summary>
    protected ListUpdater Updater()
    {
        var options = new ListUpdateOptions { MaxAttempts = 1, TempFolder = Path.Combine(Database.Folder, "downloads") };
        options.Sources.Clear();
        options.Sources[ListSources.Un] = Server.Url;
        return new ListUpdater(Store, new ListImporter(Store, Clock), Http, Clock, options);
    }

    /// <summary>Serves <paramref name="path"/> under <paramref name="etag"/> from now on.</summary>
    internal void Serve(string path, string etag) => Server.Handler = (context, _) => ListServer.ServeFileAsync(context, path, etag);
}
