using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.VisualBasic.FileIO;
using Snapback.Lists.Countries;
using Snapback.Lists.Formats;
using Snapback.Tests;

namespace Snapback.Lists.Tests.Countries;

public sealed partial class CountryCodesTests(ITestOutputHelper output)
{
    static CountryCodesTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("Iran", "IR")]
    [InlineData("Iran (Islamic Republic of)", "IR")]
    [InlineData("Islamic Republic of Iran", "IR")]
    [InlineData("Russian Federation", "RU")]
    [InlineData("Russia", "RU")]
    [InlineData("RUSSIA", "RU")]
    [InlineData("Korea, North", "KP")]
    [InlineData("North Korea", "KP")]
    [InlineData("Democratic People's Republic of Korea", "KP")]
    [InlineData("Democratic People\u2019s Republic of Korea", "KP")]
    [InlineData("Korea, South", "KR")]
    [InlineData("Republic of Korea", "KR")]
    [InlineData("Syria", "SY")]
    [InlineData("Syrian Arab Republic", "SY")]
    [InlineData("United Kingdom", "GB")]
    [InlineData("UK", "GB")]
    [InlineData("United Kingdom of Great Britain and Northern Ireland", "GB")]
    [InlineData("Türkiye", "TR")]
    [InlineData("Turkiye", "TR")]
    [InlineData("Turkey", "TR")]
    [InlineData("Congo, Democratic Republic of the", "CD")]
    [InlineData("Democratic Republic of the Congo", "CD")]
    [InlineData("Congo (Democratic Republic)", "CD")]
    [InlineData("Congo, Republic of the", "CG")]
    [InlineData("Congo", "CG")]
    [InlineData("Burma", "MM")]
    [InlineData("Myanmar", "MM")]
    [InlineData("Côte d'Ivoire", "CI")]
    [InlineData("Cote d Ivoire", "CI")]
    [InlineData("Ivory Coast", "CI")]
    [InlineData("West Bank", "PS")]
    [InlineData("Region: Gaza", "PS")]
    [InlineData("Crimea", "UA")]
    [InlineData("Region: Crimea", "UA")]
    [InlineData("Ukrainian SSR (now Ukraine)", "UA")]
    [InlineData("USSR (now Russian Federation)", "RU")]
    [InlineData("Former USSR, now Kyrgyzstan", "KG")]
    [InlineData("USSR", "SU")]
    [InlineData("Kosovo", "XK")]
    [InlineData("Viet Nam", "VN")]
    [InlineData("United Republic of Tanzania", "TZ")]
    [InlineData("Bahamas, The", "BS")]
    [InlineData("Virgin Islands, British", "VG")]
    [InlineData("China, Hong Kong Special Administrative Region", "HK")]
    [InlineData("Afghanistan (at time of listing)", "AF")]
    [InlineData("Pakistan. (", "PK")]
    [InlineData("Saudi Arabian", "SA")]
    [InlineData("Iraqi", "IQ")]
    [InlineData("Former USSR Currently Ukraine", "UA")]
    [InlineData("Kuwaiti citizenship", "KW")]
    [InlineData("Syrian Arab Republic as of September 2015", "SY")]
    [InlineData("In Syria as at June 2013", "SY")]
    [InlineData("Latakia Province, Syria", "SY")]
    [InlineData("IR", "IR")]
    [InlineData("irn", "IR")]
    [InlineData("GBR", "GB")]
    public void ToIso2_NameAsListsWriteIt_Resolves(string text, string expected) =>
        Assert.Equal(expected, CountryCodes.ToIso2(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Sudan/South Sudan")]
    [InlineData("Syrian, Turkish")]
    [InlineData("undetermined")]
    [InlineData("Atlantis")]
    [InlineData("DRC and Belgian nationalities")]
    [InlineData("Afghanistan/Pakistan border region")]
    [InlineData("Iranian national and US national/citizen")]
    public void ToIso2_UnknownOrAmbiguous_IsNull(string text) => Assert.Null(CountryCodes.ToIso2(text));

    [Fact]
    public void Name_EveryCode_RoundTripsThroughToIso2()
    {
        Assert.True(CountryCodes.All.Count >= 249, $"{CountryCodes.All.Count} codes");
        foreach (var code in CountryCodes.All)
        {
            var name = CountryCodes.Name(code);
            Assert.NotNull(name);
            Assert.Equal(code, CountryCodes.ToIso2(name));
            Assert.Equal(code, CountryCodes.ToIso2(code.ToLowerInvariant()));
        }

        Assert.Equal("Iran", CountryCodes.Name("ir"));
        Assert.Null(CountryCodes.Name("QQ"));
    }

    [Fact]
    public void ToIso2_DoesNotDependOnCurrentCulture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            Assert.Equal("IR", CountryCodes.ToIso2("IRAN (ISLAMIC REPUBLIC OF)"));
            Assert.Equal("ID", CountryCodes.ToIso2("INDONESIA"));
            Assert.Equal("IT", CountryCodes.ToIso2("it"));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void ToIso2_CountryStringsInRealUnOfacAndUkFiles_AtLeast98PercentResolve()
    {
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string? raw)
        {
            var text = raw?.Trim();
            if (!string.IsNullOrEmpty(text) && text != "-0-")
            {
                occurrences[text] = occurrences.GetValueOrDefault(text) + 1;
            }
        }

        foreach (var file in Directory.EnumerateFiles(RepoPaths.Shared("un"), "*.xml"))
        {
            var doc = XDocument.Load(file);
            foreach (var e in doc.Descendants())
            {
                if (e.Name.LocalName is "COUNTRY" or "ISSUING_COUNTRY" or "COUNTRY_OF_ISSUE" or "COUNTRY_OF_BIRTH"
                    || (e.Name.LocalName == "VALUE" && e.Parent?.Name.LocalName == "NATIONALITY"))
                {
                    Add(e.Value);
                }
            }
        }

        foreach (var row in CsvRows(RepoPaths.Shared("ofac", "sdn-2023-12-28", "add.csv"), Encoding.Latin1))
        {
            Add(row.Length > 4 ? row[4] : null);
        }

        foreach (var (file, codePage) in new[]
        {
            (RepoPaths.Shared("uk", "ofsi-conlist-2018-04-13", "sanctionsconlist.csv"), 1252),
            (RepoPaths.Shared("uk", "ofsi-conlist-2020-04-27", "ConList.csv"), 1252),
            (RepoPaths.Shared("uk", "ofsi-conlist-2025-04-14", "ConList.converted-from-xlsx.csv.gz"), 65001),
        })
        {
            var rows = CsvRows(file, Encoding.GetEncoding(codePage)).Skip(1).ToList();
            var header = rows[0];
            int Column(string name) => Array.IndexOf(header, name);
            foreach (var row in rows.Skip(1))
            {
                // All three columns can hold numbered lists, one item per address, birth place or nationality.
                foreach (var column in (string[])["Country", "Country of Birth", "Nationality"])
                {
                    foreach (var item in Numbering().Split(row[Column(column)]))
                    {
                        Add(item.Trim().TrimEnd('.', ',').Trim());
                    }
                }
            }
        }

        var unresolved = occurrences.Where(o => CountryCodes.ToIso2(o.Key) is null).OrderByDescending(o => o.Value).ToList();
        var total = occurrences.Values.Sum();
        var missed = unresolved.Sum(o => o.Value);
        output.WriteLine($"{occurrences.Count} distinct strings, {total} occurrences; unresolved {unresolved.Count} distinct, {missed} occurrences");
        foreach (var (text, count) in unresolved)
        {
            output.WriteLine($"  {count,6}  {text}");
        }

        Assert.True(missed * 100.0 / total <= 2.0, $"{missed} of {total} occurrences unresolved");
        Assert.True(unresolved.Count * 100.0 / occurrences.Count <= 6.0, $"{unresolved.Count} of {occurrences.Count} distinct strings unresolved");
    }

    private static IEnumerable<string[]> CsvRows(string path, Encoding encoding)
    {
        using var stream = ListFile.OpenRead(path);
        using var parser = new TextFieldParser(stream, encoding) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        while (!parser.EndOfData)
        {
            yield return parser.ReadFields() ?? [];
        }
    }

    [GeneratedRegex(@"\(?\b(?:\d{1,2}(?:-\d{1,2})?|[a-h])\)(?:\s*(?:-|to)\s*\(\d{1,2}\))?", RegexOptions.CultureInvariant)]
    private static partial Regex Numbering();
}
