using System.IO.Compression;
using System.Text.Json.Nodes;
using Snapback.Lists;
using Snapback.Lists.UsCsl;
using Snapback.Screening.Lists;
using Snapback.Screening.Tests.Support;
using Snapback.Tests;

namespace Snapback.Screening.Tests.UsCsl;

/// <summary><c>lists update</c> of the Consolidated Screening List from a local HTTP server standing in for data.trade.gov.</summary>
public sealed class UsCslUpdateTests : ListServerTest
{
    private static readonly string Real = RepoPaths.Shared("us-csl", "csl-2022-05", "consolidated.csv.gz");
    private static readonly string JsonExcerpt = Path.Combine(RepoPaths.Root, "tests", "Snapback.Lists.Tests", "TestData", "UsCsl", "consolidated-excerpt.json");

    [Fact]
    public void Defaults_TheOfficialCslAddress()
    {
        Assert.Equal(
            new Uri("https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv"),
            new ListUpdateOptions().Sources[UsCslSource.Id]);
    }

    [Fact]
    public async Task Update_ServedCsvThenAnExcerptInJson_ImportsTheListsTakenAndHoldsTheExcerpt()
    {
        var csv = Path.Combine(Database.Folder, "consolidated.csv");
        await using (var gzip = new GZipStream(File.OpenRead(Real), CompressionMode.Decompress))
        await using (var plain = File.Create(csv))
        {
            await gzip.CopyToAsync(plain, Ct);
        }

        Server.Handler = (context, _) => ListServer.ServeFileAsync(context, csv, "\"2022-05\"");

        var first = await Updater().UpdateAsync(UsCslSource.Id, Ct);

        Assert.Equal(UpdateStatus.Imported, first.Status);
        Assert.Equal("us-csl-csv", first.Current?.Format);
        Assert.Equal(3_625, first.Current?.EntityCount);

        // A publication of today: without the excerpt's 2022 dates, which would place it before the CSV, dated by its import.
        var json = JsonNode.Parse(await File.ReadAllTextAsync(JsonExcerpt, Ct))!.AsObject();
        json.Remove("sources_used");
        var excerpt = Path.Combine(Database.Folder, "consolidated.json");
        await File.WriteAllTextAsync(excerpt, json.ToJsonString(), Ct);
        Server.Handler = (context, _) => ListServer.ServeFileAsync(context, excerpt, "\"excerpt\"");

        var held = await Updater().UpdateAsync(UsCslSource.Id, Ct);

        Assert.Equal(UpdateStatus.Held, held.Status);
        Assert.Equal(3_625 - 7, held.Import?.Changes?.Removed);
        Assert.Equal(first.Current!.Id, (await Store.LatestSnapshotAsync(UsCslSource.Id, Ct))?.Id);

        var confirmed = await Updater().UpdateAsync(UsCslSource.Id, confirm: true, Ct);

        Assert.Equal(UpdateStatus.Imported, confirmed.Status);
        Assert.Equal("us-csl-json", confirmed.Current?.Format);
        Assert.Equal(7, confirmed.Current?.EntityCount);
        // The same seven entries; the five with an address change, since the JSON gives its parts where the CSV gives one text.
        Assert.Equal(0, confirmed.Import?.Changes?.Added);
        Assert.Equal(5, confirmed.Import?.Changes?.Changed);
        Assert.Equal(2, confirmed.Import?.Changes?.Unchanged);
    }

    private ListUpdater Updater()
    {
        var options = new ListUpdateOptions { RetryDelay = TimeSpan.FromMilliseconds(10), TempFolder = Path.Combine(Database.Folder, "downloads") };
        options.Sources.Clear();
        options.Sources[UsCslSource.Id] = Server.Url;
        return new ListUpdater(Store, new ListImporter(Store, TimeProvider.System), Http, TimeProvider.System, options);
    }
}
