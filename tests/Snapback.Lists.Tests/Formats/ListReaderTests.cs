using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using Snapback.Tests;

namespace Snapback.Lists.Tests.Formats;

public sealed class ListReaderTests
{
    /// <summary>
    /// One bundled or real publication per format, and the older layouts where a format has them. The FCDO export has designations
    /// with a blank name, kept nameless on purpose (FcdoOdsFormatTests counts them), so only that format may have unnamed entities.
    /// </summary>
    public static TheoryData<string, string> ListFiles() => new()
    {
        { "ofac-csv", Path.Combine(RepoPaths.Bundled, "ofac-sdn-2023-12-28") },
        { "ofac-csv", RepoPaths.Shared("ofac", "non-sdn-consolidated") },
        { "ofac-xml", Path.Combine(RepoPaths.Bundled, "ofac-cons-2026-01-08", "consolidated.xml.gz") },
        { "ofac-xml", RepoPaths.Shared("ofac", "cons-2020-03-17", "consolidated.xml") },
        { "ofac-enhanced-xml", RepoPaths.Shared("ofac", "cons-enhanced-2025-01-10", "CONS_ENHANCED.ZIP") },
        { "un-xml", Path.Combine(RepoPaths.Bundled, "un-2026-02-27", "consolidated.xml.gz") },
        { "un-xml", RepoPaths.Shared("un", "consolidated-2017-07-03.xml") },
        { "eu-fsf-xml", Path.Combine(RepoPaths.Bundled, "eu-excerpt-2020-04-15", "sample_eu_sanctions.xml.gz") },
        { "uk-ofsi-csv", Path.Combine(RepoPaths.Bundled, "uk-ofsi-2025-04-14", "ConList.csv.gz") },
        { "uk-ofsi-csv", RepoPaths.Shared("uk", "ofsi-conlist-2018-04-13", "sanctionsconlist.csv") },
        { "uk-fcdo-ods", RepoPaths.Shared("uk", "fcdo-search-export-2025-08-11", "FCDO_SL_2025-08-11.ods") },
        { "us-csl-csv", RepoPaths.Shared("us-csl", "csl-2022-05", "consolidated.csv.gz") },
        { "us-csl-json", Path.Combine(AppContext.BaseDirectory, "TestData", "UsCsl", "consolidated-excerpt.json") },
    };

    [Theory]
    [MemberData(nameof(ListFiles))]
    public void Read_EveryFormat_EachNamedEntityHasOnePrimaryNameAndItIsFirst(string format, string path)
    {
        var list = ListReader.Read(path);

        Assert.Equal(format, list.Format);
        Assert.NotEmpty(list.Entities);
        Assert.All(list.Entities, e =>
        {
            if (e.Names.IsEmpty && format == "uk-fcdo-ods")
            {
                return;
            }

            Assert.NotEmpty(e.Names);
            Assert.Equal(NameType.Primary, e.Names[0].Type);
            Assert.Single(e.Names, n => n.Type == NameType.Primary);
        });
    }
}
