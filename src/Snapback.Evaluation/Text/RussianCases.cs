namespace Snapback.Evaluation.Text;

/// <summary>
/// A Russian name in the genitive case, as running Russian text writes it after "встреча", "адвокаты" (of): a consonant takes
/// -а (Путин, Путина), -й becomes -я, -ь becomes -я, -а becomes -ы (-и after г, к, х, ж, ш, щ, ч), -я becomes -и.
/// </summary>
internal static class RussianCases
{
    private const string AfterWhichI = "гкхжшщч";

    public static string Genitive(string name) => string.Join(' ', name.Split(' ').Select(Word));

    private static string Word(string word)
    {
        if (word.Length < 2 || !char.IsLetter(word[^1]))
        {
            return word;
        }

        var last = char.ToLowerInvariant(word[^1]);
        var stem = word[..^1];
        var upper = char.IsUpper(word[^1]);
        var ending = last switch
        {
            'й' or 'ь' => stem + "я",
            'а' => stem + (AfterWhichI.Contains(char.ToLowerInvariant(stem[^1]), StringComparison.Ordinal) ? "и" : "ы"),
            'я' => stem + "и",
            'о' or 'е' or 'и' or 'у' or 'ы' or 'э' or 'ю' => word,
            _ => word + "а",
        };
        return upper ? ending.ToUpperInvariant() : ending;
    }
}
