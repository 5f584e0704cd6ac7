using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Snapback.Lists.Countries;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using static Snapback.Lists.Formats.TextParts;
using static Snapback.Lists.Formats.XmlNodes;

namespace Snapback.Lists.Un;

/// <summary>
/// UN Security Council Consolidated List XML (<c>CONSOLIDATED_LIST</c>): individuals and entities, ids <c>un:&lt;REFERENCE_NUMBER&gt;</c>.
/// Nationalities and address country codes are ISO alpha-2 where the country name resolves, else the text as published.
/// </summary>
/// <remarks>
/// The UN list has no vessel type. Entities whose comments carry an IMO number are shipping companies (the IMO company
/// number), not ships, so every entity is an organisation; the IMO number is kept as an identifier.
/// </remarks>
public sealed partial class UnXmlFormat : IListFormat
{
    private const string Root = "CONSOLIDATED_LIST";
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public string Name => "un-xml";

    public bool CanRead(string path) => XmlListFile.HasRoot(path, Root, "");

    public ParsedList Parse(string path)
    {
        var warnings = new List<string>();
        var (published, entities) = XmlListFile.Read(path, Root, "", "dateGenerated", ["INDIVIDUAL", "ENTITY"], e => ParseEntry(e, warnings), warnings);
        return new ParsedList(ListSources.Un, Name, published, [.. entities], [.. warnings]);
    }

    private static ListedEntity? ParseEntry(XElement e, List<string> warnings)
    {
        var reference = Text(e, "REFERENCE_NUMBER");
        if (reference is null)
        {
            warnings.Add($"{e.Name.LocalName} DATAID {Text(e, "DATAID")}: no REFERENCE_NUMBER, skipped");
            return null;
        }

        var person = e.Name.LocalName == "INDIVIDUAL";
        var b = new ListedEntityBuilder("un:" + reference, ListSources.Un, person ? EntityKind.Person : EntityKind.Organization);
        var parts = new[] { "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME" }.Select(n => Text(e.Element(n))).OfType<string>();
        var primary = string.Join(' ', parts);
        b.AddName(new EntityName((primary.Length > 0 ? primary : reference).Normalize(NormalizationForm.FormC), NameType.Primary));
        if (Text(e, "NAME_ORIGINAL_SCRIPT") is { } original)
        {
            b.AddName(new EntityName(original.Normalize(NormalizationForm.FormC), NameType.OriginalScript));
        }

        foreach (var alias in Children(e, person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS"))
        {
            AddAlias(b, alias);
        }

        if (Text(e, "UN_LIST_TYPE") is { } program)
        {
            b.Programs.Add(program);
        }

        b.ListedOn = ListDates.ParseIsoDate(Text(e, "LISTED_ON"));
        b.Gender = Text(e, "GENDER");
        var titles = Values(e, "TITLE").ToList();
        b.Title = titles.Count > 0 ? string.Join("; ", titles) : null;
        foreach (var nationality in Values(e, "NATIONALITY"))
        {
            b.Nationalities.Add(CountryCodes.ToIso2(nationality) ?? nationality);
        }

        foreach (var address in Children(e, person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS"))
        {
            AddAddress(b, address);
        }

        foreach (var dob in Children(e, "INDIVIDUAL_DATE_OF_BIRTH"))
        {
            AddBirthDate(b, dob, warnings);
        }

        foreach (var place in Children(e, "INDIVIDUAL_PLACE_OF_BIRTH"))
        {
            var text = Join(", ", Text(place, "CITY"), Text(place, "STATE_PROVINCE"), Text(place, "COUNTRY"));
            if (text is not null)
            {
                b.PlacesOfBirth.Add(text);
            }
        }

        foreach (var document in Children(e, "INDIVIDUAL_DOCUMENT"))
        {
            AddDocument(b, document);
        }

        var designations = Values(e, "DESIGNATION").ToList();
        var comments = Text(e, "COMMENTS1");
        b.Remarks = designations.Count > 0 ? $"Designation: {string.Join("; ", designations)}. {comments}" : comments;
        if (!person && comments is not null)
        {
            foreach (Match m in ImoNumber().Matches(comments))
            {
                b.Identifiers.Add(new Identifier(IdentifierType.Imo, m.Groups[1].Value, Label: "IMO number"));
            }
        }

        return b.Build();
    }

    private static void AddAlias(ListedEntityBuilder b, XElement alias)
    {
        if (Text(alias, "ALIAS_NAME") is not { } name)
        {
            return;
        }

        var type = Text(alias, "QUALITY") switch
        {
            "Low" => NameType.WeakAlias,
            "f.k.a." => NameType.FormerName,
            _ => NameType.StrongAlias,
        };
        b.AddName(new EntityName(name.Normalize(NormalizationForm.FormC), type));
        if (ListDates.ParseIsoDate(Text(alias, "DATE_OF_BIRTH")) is { } dob)
        {
            b.BirthDates.Add(new BirthDate(dob.Year, dob.Month, dob.Day));
        }
    }

    private static void AddAddress(ListedEntityBuilder b, XElement address)
    {
        var street = Text(address, "STREET");
        var city = Join(", ", Text(address, "CITY"), Text(address, "STATE_PROVINCE"), Text(address, "ZIP_CODE"));
        var country = Text(address, "COUNTRY");
        if (street is null && city is null && country is null)
        {
            return;
        }

        b.Addresses.Add(new Address(street, city, country, CountryCodes.ToIso2(country)));
    }

    private static void AddBirthDate(ListedEntityBuilder b, XElement dob, List<string> warnings)
    {
        var type = Text(dob, "TYPE_OF_DATE");
        var circa = string.Equals(type, "APPROXIMATELY", StringComparison.OrdinalIgnoreCase);
        if (string.Equals(type, "BETWEEN", StringComparison.OrdinalIgnoreCase))
        {
            var from = ParseYear(Text(dob, "FROM_YEAR"));
            var to = ParseYear(Text(dob, "TO_YEAR"));
            if (from is { } f)
            {
                b.BirthDates.Add(new BirthDate(f, ToYear: to));
                return;
            }
        }

        if (ListDates.ParseIsoDate(Text(dob, "DATE")) is { } date)
        {
            b.BirthDates.Add(new BirthDate(date.Year, date.Month, date.Day, Circa: circa));
        }
        else if (ParseYear(Text(dob, "YEAR")) is { } year)
        {
            b.BirthDates.Add(new BirthDate(year, Circa: circa));
        }
        else if (MonthYear().Match(Text(dob, "NOTE") ?? "") is { Success: true } m
            && Array.FindIndex(Months, n => m.Groups["month"].Value.StartsWith(n, StringComparison.OrdinalIgnoreCase)) is var month and >= 0)
        {
            // Some entries give only "Nov. 1973" or "August 1961", in the note.
            b.BirthDates.Add(new BirthDate(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), month + 1, Circa: circa));
        }
        else if (dob.HasElements && dob.Elements().Any(static c => c.Name.LocalName != "TYPE_OF_DATE" && c.Value.Trim().Length > 0))
        {
            warnings.Add($"{b.Id}: date of birth not understood: {string.Concat(dob.Elements().Select(static c => c.Value.Trim() + " "))}");
        }
    }

    private static void AddDocument(ListedEntityBuilder b, XElement document)
    {
        if (Text(document, "NUMBER") is not { } number)
        {
            return;
        }

        var label = Text(document, "TYPE_OF_DOCUMENT");
        var type = label switch
        {
            null => IdentifierType.Other,
            _ when label.Contains("pas", StringComparison.OrdinalIgnoreCase) => IdentifierType.Passport,
            _ when label.Contains("National Identification", StringComparison.OrdinalIgnoreCase) => IdentifierType.NationalId,
            _ => IdentifierType.Other,
        };
        var country = Text(document, "ISSUING_COUNTRY") ?? Text(document, "COUNTRY_OF_ISSUE");
        var detail = Text(document, "TYPE_OF_DOCUMENT2");
        b.Identifiers.Add(new Identifier(type, number, country, detail is null ? label : $"{label} ({detail})"));
    }

    private static IEnumerable<string> Values(XElement e, string name) =>
        Items(e, name, "VALUE").Select(static v => Text(v)).OfType<string>();

    private static int? ParseYear(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 1000 and < 3000 ? y : null;

    [GeneratedRegex(@"^(?<month>[A-Za-z]{3,9})\.?\s+(?<year>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"IMO\)?(?:\s+number)?\s*:?\s*(\d{7})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImoNumber();
}
