using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Snapback.Lists;
using Snapback.Screening.Lists;
using Snapback.Screening.Tests.Support;
using Snapback.Tests;

namespace Snapback.Screening.Tests.Lists;

public sealed class ListUpdaterTests : ListServerTest
{
    private static readonly string Older = RepoPaths.Shared("un", "consolidated-2025-04-19.xml");
    private static readonly string Newer = RepoPaths.Shared("un", "consolidated-2025-11-29.xml");
    private static readonly string FcdoXml = Path.Combine(RepoPaths.Root, "tests", "Snapback.Lists.Tests", "TestData", "Uk", "UK-Sanctions-List-excerpt.xml");
    private static readonly string FcdoCsv = Path.ChangeExtension(FcdoXml, ".csv");

    private string Downloads => Path.Combine(Database.Folder, "downloads");

    [Fact]
    public async Task Update_ServedFile_ImportsItAndCleansUp()
    {
        Server.Handler = (context, _) => ListServer.ServeFileAsync(context, Older, "\"v1\"");

        var result = await Updater().UpdateAsync(ListSources.Un, Ct);

        Assert.Equal(UpdateStatus.Imported, result.Status);
        Assert.NotNull(result.Current);
        Assert.Equal(CountRecords(Older), result.Current.EntityCount);
        Assert.Equal(Server.Url.AbsoluteUri, result.Current.FileName);
        Assert.Equal(1, result.Attempts);
        Assert.Empty(Directory.EnumerateFiles(Downloads));
    }

    [Fact]
    public async Task Update_SecondRequestWithSameETag_IsNotModified()
    {
        var previous = await ImportOlderAsync();

        var result = await Updater().UpdateAsync(ListSources.Un, Ct);

        Assert.Equal(UpdateStatus.NotModified, result.Status);
        Assert.Equal("\"v1\"", Server.Requests[1].IfNoneMatch.ToString());
        await AssertInForceAsync(previous, result);
        Assert.Single(await Store.ListSnapshotsAsync(ListSources.Un, Ct));
    }

    [Fact]
    public async Task Update_SameFileUnderNewETag_IsUnchanged()
    {
        var previous = await ImportOlderAsync();
        Server.Handler = (context, _) => ListServer.ServeFileAsync(context, Older, "\"v1-again\"");

        var result = await Updater().UpdateAsync(ListSources.Un, Ct);

        Assert.Equal(UpdateStatus.Unchanged, result.Status);
        await AssertInForceAsync(previous, result);
        Assert.Equal("\"v1-again\"", (await Store.GetDownloadStateAsync(ListSources.Un, Ct))?.ETag);
    }

    [Fact]
    public async Task Update_TruncatedFile_FailsAndKeepsPrevious()
    {
        var previous = await ImportOlderAsync();
        var bytes = await File.ReadAllBytesAsync(Newer, Ct);
        Server.Handler = async (context, _) =>
        {
            context.Response.ContentType = "application/xml";
            await context.Response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2), context.RequestAborted);
        };

        var result = await Updater().UpdateAsync(ListSources.Un, Ct);

        Assert.Equal(UpdateStatus.Failed, result.Status);
        Assert.Contains("could not be read", result.Reason, StringComparison.Ordinal);
        await AssertInForceAsync(previous, result);
        Assert.Equal("\"v1\"", (await Store.GetDownloadStateAsync(ListSources.Un, Ct))?.ETag);
    }

    [Fact]
    public async Task Update_ServerErrorOnce_RetriesAndImports()
    {
        var previous = await ImportOlderAsync();
        Server.Handler = (context, number) =>
        {
            if (number == 2)
            {
                context.Response.StatusCode = 500;
                return Task.CompletedTask;
            }

            return ListServer.ServeFileAsync(context, Newer, "\"v2\"");
        };

        var result = await Updater().UpdateAsync(ListSources.Un, Ct);

        Assert.Equal(UpdateStatus.Imported, result.Status);
        Assert.Equal(2, result.Attempts);
        Assert.NotEqual(previous.Id, result.Current?.Id);
        Assert.Equal(CountRecords(Newer), result.Current?.EntityCount);
        Assert.Equal(result.Current?.Id, (await Store.LatestSnapshotAsync(ListSources.Un, Ct))?.Id);
    }

    [Fact]
    public async Task Update_ServerErrorAlways_FailsAfterAllAttempts()
    {
        var previous = await ImportOlderAsync();
        Server.Handler = (context, _) =>
        {
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        };

        var result = await Updater().UpdateAsync(ListSources.Un, Ct);

        Assert.Equal(UpdateStatus.Failed, result.Status);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(4, Server.Requests.Count);
        Assert.Contains("503", result.Reason, StringComparison.Ordinal);
        await AssertInForceAsync(previous, result);
    }

    [Fact]
    public async Task Update_ServerHangs_TimesOut()
    {
        var previous = await ImportOlderAsync();
        Server.Handler = async (context, _) =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up, as it should.
            }
        };

        var result = await Updater(timeout: TimeSpan.FromMilliseconds(300), attempts: 2).UpdateAsync(ListSources.Un, Ct);

        Assert.Equal(UpdateStatus.Failed, result.Status);
        Assert.Contains("no complete answer within", result.Reason, StringComparison.Ordinal);
        Assert.Equal(2, result.Attempts);
        await AssertInForceAsync(previous, result);
    }

    [Theory]
    [InlineData("text/html; charset=utf-8")]
    [InlineData("application/octet-stream")]
    public async Task Update_HtmlErrorPageWithStatus200_FailsAndKeepsPrevious(string contentType)
    {
        var previous = await ImportOlderAsync();
        Server.Handler = (context, _) =>
        {
            context.Response.ContentType = contentType;
            return context.Response.WriteAsync(
                "<!DOCTYPE html><html><head><title>Maintenance</title></head><body>Service unavailable</body></html>", context.RequestAborted);
        };

        var result = await Updater().UpdateAsync(ListSources.Un, Ct);

        Assert.Equal(UpdateStatus.Failed, result.Status);
        Assert.Contains("web page", result.Reason, StringComparison.Ordinal);
        Assert.Equal(1, result.Attempts);
        await AssertInForceAsync(previous, result);
    }

    [Fact]
    public async Task Update_FileLargerThanAllowed_Fails()
    {
        var previous = await ImportOlderAsync();
        Server.Handler = (context, _) => ListServer.ServeFileAsync(context, Newer, "\"v2\"");
        var updater = Updater(maxBytes: new FileInfo(Newer).Length - 1);

        var result = await updater.UpdateAsync(ListSources.Un, Ct);

        Assert.Equal(UpdateStatus.Failed, result.Status);
        Assert.Contains("allowed", result.Reason, StringComparison.Ordinal);
        await AssertInForceAsync(previous, result);
    }

    [Fact]
    public async Task Update_PublicationMissingMostEntries_IsHeld()
    {
        var previous = await ImportOlderAsync();
        var document = XDocument.Load(Older);
        var individuals = document.Descendants("INDIVIDUAL").ToList();
        foreach (var individual in individuals.Take(individuals.Count / 2))
        {
            individual.Remove();
        }

        var cut = Path.Combine(Database.Folder, "cut.xml");
        document.Save(cut);
        Server.Handler = (context, _) => ListServer.ServeFileAsync(context, cut, "\"cut\"");

        var result = await Updater().UpdateAsync(ListSources.Un, Ct);

        Assert.Equal(UpdateStatus.Held, result.Status);
        Assert.Equal(individuals.Count / 2, result.Import?.Changes?.Removed);
        await AssertInForceAsync(previous, result);
        Assert.Equal("\"v1\"", (await Store.GetDownloadStateAsync(ListSources.Un, Ct))?.ETag);

        var confirmed = await Updater().UpdateAsync(ListSources.Un, confirm: true, Ct);

        Assert.Equal(UpdateStatus.Imported, confirmed.Status);
        Assert.Equal(CountRecords(cut), confirmed.Current?.EntityCount);
        Assert.Equal("\"cut\"", (await Store.GetDownloadStateAsync(ListSources.Un, Ct))?.ETag);
    }

    [Fact]
    public async Task Update_ServedFcdoXml_ImportsEveryDesignation()
    {
        Server.Handler = (context, _) => ListServer.ServeFileAsync(context, FcdoXml, "\"xml\"");

        var result = await Updater(source: ListSources.UkFcdo).UpdateAsync(ListSources.UkFcdo, Ct);

        Assert.Equal(UpdateStatus.Imported, result.Status);
        Assert.NotNull(result.Current);
        Assert.Equal("uk-fcdo-xml", result.Current.Format);
        Assert.Equal(Regex.Count(File.ReadAllText(FcdoXml), "<Designation>"), result.Current.EntityCount);
        Assert.Equal(new DateTimeOffset(2026, 9, 2, 0, 0, 0, TimeSpan.Zero), result.Current.PublishedAt);
        Assert.Equal("13923", (await Store.LoadEntityAsync(result.Current.Id, "uk:GHR0055", Ct))?.OfsiGroupId);
        Assert.Empty(Directory.EnumerateFiles(Downloads));
    }

    [Fact]
    public async Task Update_FcdoCsvOfTheSameDesignations_IsANewPublicationWithNoChange()
    {
        Server.Handler = (context, _) => ListServer.ServeFileAsync(context, FcdoXml, "\"xml\"");
        var first = await Updater(source: ListSources.UkFcdo).UpdateAsync(ListSources.UkFcdo, Ct);
        Server.Handler = (context, _) => ListServer.ServeFileAsync(context, FcdoCsv, "\"csv\"");

        var second = await Updater(source: ListSources.UkFcdo).UpdateAsync(ListSources.UkFcdo, Ct);

        Assert.Equal(UpdateStatus.Imported, second.Status);
        Assert.Equal("uk-fcdo-csv", second.Current?.Format);
        var diff = await new ListDiffer(Store).DiffAsync(first.Current!.Id, second.Current!.Id, Ct);
        Assert.True(diff.Summary.IsEmpty);
        Assert.Equal(first.Current.EntityCount, diff.Unchanged);
    }

    private ListUpdater Updater(TimeSpan? timeout = null, int attempts = 3, long? maxBytes = null, string source = ListSources.Un)
    {
        var options = new ListUpdateOptions
        {
            RequestTimeout = timeout ?? TimeSpan.FromSeconds(60),
            MaxAttempts = attempts,
            RetryDelay = TimeSpan.FromMilliseconds(10),
            TempFolder = Downloads,
        };
        options.Sources.Clear();
        options.Sources[source] = Server.Url;
        if (maxBytes is { } max)
        {
            options.MaxBytes = max;
        }

        return new ListUpdater(Store, new ListImporter(Store, TimeProvider.System), Http, TimeProvider.System, options);
    }

    private async Task<ListSnapshot> ImportOlderAsync()
    {
        Server.Handler = (context, _) => ListServer.ServeFileAsync(context, Older, "\"v1\"");
        var first = await Updater().UpdateAsync(ListSources.Un, Ct);
        Assert.Equal(UpdateStatus.Imported, first.Status);
        return first.Current!;
    }

    private async Task AssertInForceAsync(ListSnapshot previous, SourceUpdateResult result)
    {
        Assert.Equal(previous.Id, result.Current?.Id);
        Assert.Equal(previous.Id, (await Store.LatestSnapshotAsync(ListSources.Un, Ct))?.Id);
        Assert.Empty(Directory.EnumerateFiles(Downloads));
    }

    // Counted from the raw text, independently of any parser.
    private static int CountRecords(string path)
    {
        var text = File.ReadAllText(path);
        return Regex.Count(text, "<INDIVIDUAL>") + Regex.Count(text, "<ENTITY>");
    }
}
