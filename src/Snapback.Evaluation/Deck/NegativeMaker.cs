using Snapback.Evaluation.Arabic;
using Snapback.Evaluation.Names;
using C = Snapback.Evaluation.Deck.DeckCategories;

namespace Snapback.Evaluation.Deck;

/// <summary>
/// Names of people and companies on no list: made up from the name pools, or near misses of listed persons. A name that
/// <see cref="ListedNameSet"/> holds is dropped, and nothing else is.
/// </summary>
internal sealed class NegativeMaker(ListedSources sources, ListedNameSet listed)
{
    private const int AttemptsPerCase = 50;

    public List<EvaluationCase> Make(DeckCategory category, int count, Random random)
    {
        Func<Random, string?> make = category switch
        {
            _ when category == C.SyntheticPerson => SyntheticPerson,
            _ when category == C.GivenNamesOtherFamily => GivenNamesOtherFamily,
            _ when category == C.FamilyNameAlone => FamilyNameAlone,
            _ when category == C.CommonCompany => CommonCompany,
            _ when category == C.CyrillicPerson => CyrillicPerson,
            _ when category == C.ArabicPerson => ArabicPerson,
            _ => throw new InvalidOperationException($"no maker for {category.Name}"),
        };
        // A family name alone is part of a listed name by design; any other negative that is part of one is that name written shorter.
        var partsAllowed = category == C.FamilyNameAlone;
        var made = new List<EvaluationCase>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var attempt = 0; attempt < count * AttemptsPerCase && made.Count < count; attempt++)
        {
            if (make(random) is { } name && !listed.Contains(name, partsAllowed) && seen.Add(PlainNames.Key(name)))
            {
                made.Add(new EvaluationCase(string.Empty, name, null, null, false));
            }
        }

        return made;
    }

    // A given name (two, a quarter of the time) and a family name of one naming tradition.
    private static string SyntheticPerson(Random random)
    {
        var culture = LatinNamePools.Cultures[random.Next(LatinNamePools.Cultures.Length)];
        var given = culture.Given[random.Next(culture.Given.Length)];
        if (random.Next(4) == 0)
        {
            var second = culture.Given[random.Next(culture.Given.Length)];
            given = second == given ? given : given + " " + second;
        }

        return given + " " + culture.Family[random.Next(culture.Family.Length)];
    }

    // A listed person's given names with the family name of another listed person of the same list.
    private string? GivenNamesOtherFamily(Random random)
    {
        var persons = sources.LatinPersons;
        var (entity, name) = persons[random.Next(persons.Count)];
        if (name.Given.IsEmpty)
        {
            return null;
        }

        var (otherEntity, other) = persons[random.Next(persons.Count)];
        if (otherEntity.Source != entity.Source
            || PlainNames.Key(string.Join(' ', other.Family)) == PlainNames.Key(string.Join(' ', name.Family)))
        {
            return null;
        }

        return string.Join(' ', name.Given.Concat(other.Family));
    }

    // A listed person's family name and nothing else.
    private string? FamilyNameAlone(Random random)
    {
        var persons = sources.LatinPersons;
        var family = string.Join(' ', persons[random.Next(persons.Count)].Name.Family);
        return family.Count(char.IsLetter) >= 4 ? family : null;
    }

    private static string CommonCompany(Random random)
    {
        var distinctive = CompanyNamePools.Distinctive[random.Next(CompanyNamePools.Distinctive.Length)];
        var activity = CompanyNamePools.Activities[random.Next(CompanyNamePools.Activities.Length)];
        return random.Next(5) == 0
            ? distinctive + " " + activity
            : distinctive + " " + activity + " " + CompanyNamePools.LegalForms[random.Next(CompanyNamePools.LegalForms.Length)];
    }

    // Given name, patronymic and surname of one sex, in one of the orders Russian documents use.
    private static string CyrillicPerson(Random random)
    {
        var female = random.Next(2) == 0;
        var given = female
            ? CyrillicNamePools.FemaleGiven[random.Next(CyrillicNamePools.FemaleGiven.Length)]
            : CyrillicNamePools.MaleGiven[random.Next(CyrillicNamePools.MaleGiven.Length)];
        var patronymic = CyrillicNamePools.Patronymics[random.Next(CyrillicNamePools.Patronymics.Length)];
        var surname = CyrillicNamePools.Surnames[random.Next(CyrillicNamePools.Surnames.Length)];
        if (female)
        {
            patronymic = CyrillicNamePools.FemalePatronymic(patronymic);
            surname = CyrillicNamePools.FemaleSurname(surname);
        }

        return random.Next(3) switch
        {
            0 => given + " " + surname,
            1 => given + " " + patronymic + " " + surname,
            _ => surname + " " + given + " " + patronymic,
        };
    }

    // Given name, father's name and family name (with the article), in Arabic script.
    private static string ArabicPerson(Random random)
    {
        var given = ArabicNamePools.Given[random.Next(ArabicNamePools.Given.Length)];
        var father = ArabicNamePools.Given[random.Next(ArabicNamePools.Given.Length)];
        var family = ArabicNamePools.Family[random.Next(ArabicNamePools.Family.Length)];
        return ArabicRenderer.Write(
            [new(given, false), new(father, false), new(family, random.Next(4) != 0)], withoutHamzaSeats: random.Next(2) == 0);
    }
}
