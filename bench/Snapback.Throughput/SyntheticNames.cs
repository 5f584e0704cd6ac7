namespace Snapback.Throughput;

/// <summary>Made-up person and company names built from syllables, so they are almost never on a list.</summary>
internal static class SyntheticNames
{
    private static readonly string[] Onsets =
        ["b", "br", "c", "d", "dr", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "st", "t", "v", "w", "z"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ae", "ei", "ou", "y"];
    private static readonly string[] Codas = ["", "", "n", "l", "r", "s", "th", "nd", "m", "ck"];
    private static readonly string[] CompanyWords =
        ["Trading", "Logistics", "Holdings", "Shipping", "Consulting", "Industries", "Foods", "Energy", "Capital"];
    private static readonly string[] LegalForms = ["Ltd", "LLC", "GmbH", "S.A.", "BV", "Inc.", "PLC", ""];

    public static string Next(Random random) => random.Next(4) == 0 ? Company(random) : Person(random);

    private static string Person(Random random) =>
        random.Next(4) == 0
            ? $"{Word(random, 2)} {Word(random, 1)} {Word(random, 3)}"
            : $"{Word(random, 2)} {Word(random, 2 + random.Next(2))}";

    private static string Company(Random random)
    {
        var word = CompanyWords[random.Next(CompanyWords.Length)];
        return $"{Word(random, 2 + random.Next(2))} {word} {LegalForms[random.Next(LegalForms.Length)]}".TrimEnd();
    }

    private static string Word(Random random, int syllables)
    {
        var word = string.Concat(Enumerable.Range(0, syllables).Select(_ =>
            Onsets[random.Next(Onsets.Length)] + Vowels[random.Next(Vowels.Length)] + Codas[random.Next(Codas.Length)]));
        return char.ToUpperInvariant(word[0]) + word[1..];
    }
}
