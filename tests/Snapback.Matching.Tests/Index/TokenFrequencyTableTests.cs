using System.IO.Compression;
using System.Text;
using Snapback.Matching.Tests.Support;
using Snapback.Tests;

namespace Snapback.Matching.Tests.Index;

public sealed class TokenFrequencyTableTests
{
    // Set to write the table again when the bundled lists or the parser changed (a new matcher version), then run the test again.
    private const string UpdateVariable = "SNAPBACK_WRITE_TOKEN_FREQUENCIES";

    [Fact]
    public void Reference_CountsTheBundledListsAsTheParserReadsThem()
    {
        var counted = TokenFrequencyTable.Count(BundledLists.Entities);
        var reference = TokenFrequencyTable.Reference;
        if (!counted.SameAs(reference) && Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            var path = Path.Combine(RepoPaths.Root, "src", "Snapback.Matching", "Index", "token-frequencies.tsv.gz");
            using var file = File.Create(path);
            using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
            using var writer = new StreamWriter(gzip, new UTF8Encoding(false));
            counted.Write(writer);
        }

        Assert.True(counted.SameAs(reference),
            $"the embedded token frequency table ({reference.Names} names, {reference.Keys} keys) is not the count of the bundled lists "
            + $"({counted.Names} names, {counted.Keys} keys): bump MatcherVersion.Release, run this test once with {UpdateVariable}=1 "
            + "to write it again, and run it again");
        Assert.True(reference.Names > 20_000);
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameTable()
    {
        var table = TokenFrequencyTable.Reference;
        var text = new StringWriter();
        table.Write(text);
        var read = TokenFrequencyTable.Read(new StringReader(text.ToString()));
        Assert.True(read.SameAs(table));
        Assert.Equal(table.Keys, read.Keys);
    }

    [Theory]
    [InlineData("")]
    [InlineData("names\tmany\n")]
    [InlineData("names\t3\nkey-without-count\n")]
    [InlineData("names\t3\nali\t2\nali\t1\n")]
    public void Read_MalformedTable_IsRefused(string text) =>
        Assert.Throws<FormatException>(() => TokenFrequencyTable.Read(new StringReader(text)));

    [Fact]
    public void Screen_AnotherListIndexedBeside_LeavesTheScoreOfAListingAsItWas()
    {
        // Weights come from the frozen table, not from the lists indexed: adding thousands of other listings moves no score.
        // A name of three words or more asked for with its last word left out: the score is the weight of the words found.
        var listing = BundledLists.Entities.First(static e => e.Kind == Snapback.Lists.Model.EntityKind.Person
            && e.Names.Length > 0 && e.Names[0].Full.Split(' ').Length >= 3);
        var words = listing.Names[0].Full.Split(' ');
        var query = new ScreenQuery(string.Join(' ', words[..^1]));
        var options = new MatchOptions { Threshold = 0.1 };
        var scoreAlone = Assert.Single(MatchIndex.Build([listing]).Screen(query, options)).Score;
        var scoreAmongAll = BundledLists.Index.Screen(query, options).Single(h => h.Entity.Id == listing.Id).Score;
        Assert.InRange(scoreAlone, 0.1, 0.999);
        Assert.Equal(scoreAlone, scoreAmongAll);
    }
}
