using System.Collections.Immutable;
using System.Globalization;
using Snapback.Evaluation.Arabic;
using Snapback.Evaluation.Cyrillic;
using Snapback.Evaluation.Deck;
using Snapback.Evaluation.Names;
using Snapback.Evaluation.Perturbations;
using Snapback.Lists.Model;

namespace Snapback.Evaluation.Text;

/// <summary>
/// Generates texts to scan: news paragraphs (English, some Russian) and payment messages, with listed names planted at known
/// spans, written the ways running text writes them (possessive, typo, title before, broken across lines, capitals, Cyrillic
/// in the genitive, Arabic script inside English, lists, legal form before or after), and texts with none, whose names are
/// made up and on no list. Built with the evaluation's own name tables and perturbations, never the matcher's.
/// </summary>
public static class TextDeck
{
    private static readonly string[] NewsWays = ["plain", "possessive", "typo", "title", "line-break", "capitals", "arabic", "list", "legal-form"];

    public static IReadOnlyList<TextCase> Build(IReadOnlyList<ListedEntity> entities, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var random = new Random(seed);
        var sources = new ListedSources(entities);
        var listed = new ListedNameSet(entities);
        var persons = sources.LatinPersons.Where(static p => p.Name.Words.Length is >= 2 and <= 4 && p.Name.Words.All(static w => w.Length >= 2 && w.All(char.IsLetter))).ToList();
        var organisations = sources.Organisations
            .Where(static o => o.Name.Split(' ').Length is >= 2 and <= 6 && !o.Name.Any(char.IsDigit) && !Perturbations.LegalForms.HasLegalFormWord(o.Name))
            .ToList();
        var arabic = persons.Where(static p => ArabicNameReader.FromLatin(p.Name.Display) is { Length: >= 2 }).ToList();
        var cyrillic = sources.CyrillicDocumentPersons.Where(static p => p.Name.Words.Length is 2 or 3 && p.Name.Words.All(static w => w.All(char.IsLetter))).ToList();
        var cases = new List<TextCase>(count);
        for (var i = 0; i < count; i++)
        {
            var negative = random.Next(10) < 3;
            var id = "t" + i.ToString(CultureInfo.InvariantCulture);
            var roll = random.Next(20);
            cases.Add(roll < 11 ? News(id, negative, random, persons, organisations, arabic, listed)
                : roll < 13 && cyrillic.Count > 0 ? Russian(id, negative, random, cyrillic)
                : Payment(id, negative, random, persons, organisations, listed));
        }

        return cases;
    }

    private static TextCase News(
        string id, bool negative, Random random, List<(ListedEntity Entity, PersonName Name)> persons, List<(ListedEntity Entity, string Name)> organisations,
        List<(ListedEntity Entity, PersonName Name)> arabic, ListedNameSet listed)
    {
        var writer = new PlantingWriter();
        var sentences = 2 + random.Next(3);
        var named = negative ? -1 : random.Next(sentences);
        for (var s = 0; s < sentences; s++)
        {
            writer.Append(s == 0 ? string.Empty : random.Next(4) == 0 ? "\n\n" : " ");
            if (s != named)
            {
                if (random.Next(3) == 0)
                {
                    // A made-up name of no list, where a listed one could stand.
                    writer.Append(string.Format(CultureInfo.InvariantCulture, Pick(TextTemplates.NewsWithName, random), Decoy(random, listed)));
                }
                else
                {
                    writer.Append(Pick(TextTemplates.NewsFiller, random));
                }

                continue;
            }

            var way = NewsWays[random.Next(NewsWays.Length)];
            var (entity, name) = way is "legal-form" ? Organisation(random, organisations) : random.Next(4) == 0 ? Organisation(random, organisations)
                : way is "arabic" && arabic.Count > 0 ? Person(random, arabic) : Person(random, persons);
            var template = Pick(TextTemplates.NewsWithName, random);
            switch (way)
            {
                case "possessive":
                    writer.Sentence(Pick(TextTemplates.NewsWithName, random).Replace("{0}", "{0} office", StringComparison.Ordinal), name, entity.Id, way, "'s");
                    break;
                case "typo":
                    writer.Sentence(template, Typos.OneEdit(name, random) ?? name, entity.Id, way);
                    break;
                case "title" when entity.Kind == EntityKind.Person:
                    writer.Sentence(Pick(TextTemplates.NewsWithTitle, random), name, entity.Id, way);
                    break;
                case "line-break" when name.Contains(' ', StringComparison.Ordinal):
                    var space = name.IndexOf(' ', StringComparison.Ordinal);
                    writer.Sentence(template, name[..space] + "\n" + name[(space + 1)..], entity.Id, way);
                    break;
                case "capitals":
                    writer.Sentence(template, name.ToUpperInvariant(), entity.Id, way);
                    break;
                case "arabic" when entity.Kind == EntityKind.Person && ArabicRenderer.Render(name, random) is { } script:
                    writer.Sentence(template, script, entity.Id, way);
                    break;
                case "list":
                    var names = new List<(string, string)> { (name, entity.Id) };
                    while (names.Count < 3)
                    {
                        var (other, otherName) = random.Next(3) == 0 ? Organisation(random, organisations) : Person(random, persons);
                        names.Add((otherName, other.Id));
                    }

                    writer.List(Pick(TextTemplates.NewsWithList, random), names, way);
                    break;
                case "legal-form":
                    var form = Pick(CompanyNamePools.LegalForms, random);
                    writer.Sentence(template, random.Next(2) == 0 ? name + " " + form : form + " " + name, entity.Id, way);
                    break;
                default:
                    writer.Sentence(template, name, entity.Id, "plain");
                    break;
            }
        }

        return writer.Build(id, "news");
    }

    private static TextCase Russian(string id, bool negative, Random random, List<(ListedEntity Entity, PersonName Name)> cyrillic)
    {
        var writer = new PlantingWriter();
        writer.Append(Pick(TextTemplates.RussianFiller, random) + " ");
        if (negative)
        {
            writer.Append(Pick(TextTemplates.RussianFiller, random));
            return writer.Build(id, "russian");
        }

        var (entity, name) = Person(random, cyrillic);
        var written = CyrillicRenderer.Render(name);
        if (random.Next(2) == 0)
        {
            writer.Sentence(Pick(TextTemplates.RussianWithGenitive, random), RussianCases.Genitive(written), entity.Id, "cyrillic-genitive");
        }
        else
        {
            writer.Sentence(Pick(TextTemplates.RussianNominative, random), written, entity.Id, "cyrillic");
        }

        return writer.Build(id, "russian");
    }

    private static TextCase Payment(
        string id, bool negative, Random random, List<(ListedEntity Entity, PersonName Name)> persons, List<(ListedEntity Entity, string Name)> organisations,
        ListedNameSet listed)
    {
        var writer = new PlantingWriter();
        var number = random.Next(1000, 99999).ToString(CultureInfo.InvariantCulture);
        var goods = Pick(TextTemplates.Goods, random);
        if (negative)
        {
            var template = random.Next(3) == 0 ? Pick(TextTemplates.PaymentWithName, random) : Pick(TextTemplates.PaymentFiller, random);
            writer.Sentence(template.Replace("{0}", Decoy(random, listed).ToUpperInvariant(), StringComparison.Ordinal), null, string.Empty, string.Empty, "", number, goods);
            return writer.Build(id, "payment");
        }

        var (entity, name) = random.Next(2) == 0 ? Organisation(random, organisations) : Person(random, persons);
        var way = "capitals";
        if (entity.Kind != EntityKind.Person && random.Next(3) == 0)
        {
            name = random.Next(2) == 0 ? name + " " + Pick(CompanyNamePools.LegalForms, random) : Pick(CompanyNamePools.LegalForms, random) + " " + name;
            way = "legal-form";
        }
        else if (random.Next(3) == 0 && Typos.OneEdit(name, random) is { } typed)
        {
            name = typed;
            way = "typo";
        }

        writer.Sentence(Pick(TextTemplates.PaymentWithName, random), name.ToUpperInvariant(), entity.Id, "payment-" + way, "", number, goods);
        return writer.Build(id, "payment");
    }

    private static (ListedEntity, string) Person(Random random, List<(ListedEntity Entity, PersonName Name)> persons)
    {
        var (entity, name) = persons[random.Next(persons.Count)];
        return (entity, LetterCase.Title(name.Display));
    }

    private static (ListedEntity, string) Organisation(Random random, List<(ListedEntity Entity, string Name)> organisations)
    {
        var (entity, name) = organisations[random.Next(organisations.Count)];
        return (entity, LetterCase.Title(name));
    }

    /// <summary>A person's name made from one culture's common given and family names, on no list.</summary>
    private static string Decoy(Random random, ListedNameSet listed)
    {
        while (true)
        {
            var culture = LatinNamePools.Cultures[random.Next(LatinNamePools.Cultures.Length)];
            var name = Pick(culture.Given, random) + " " + Pick(culture.Family, random);
            if (!listed.Contains(name, partsAllowed: false))
            {
                return name;
            }
        }
    }

    private static T Pick<T>(ImmutableArray<T> items, Random random) => items[random.Next(items.Length)];
}
