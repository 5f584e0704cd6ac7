namespace Snapback.Evaluation.Arabic;

/// <summary>
/// Writes a Latin-letter Arabic name (Mohammed Abdul Rahman Al-Tikriti, ʻAbd al-Raḥmān, Abdurrahman) back in Arabic script
/// by reading its words with <see cref="ArabicNameReader"/>, the way a document issued in Arabic shows the name.
/// </summary>
public static class ArabicRenderer
{
    /// <summary>
    /// The name in Arabic script, or null when a word of it is not one <see cref="ArabicNameWords"/> knows. Half the time the
    /// hamza seats are left off (احمد for أحمد), as much typed Arabic does.
    /// </summary>
    public static string? Render(string latinName, Random random)
    {
        ArgumentNullException.ThrowIfNull(latinName);
        ArgumentNullException.ThrowIfNull(random);
        return ArabicNameReader.FromLatin(latinName) is { } parts ? Write(parts, withoutHamzaSeats: random.Next(2) == 0) : null;
    }

    /// <summary>The words in Arabic script, the article joined to its word, ʻAbd and Allāh as two words.</summary>
    public static string Write(IReadOnlyList<ArabicNamePart> parts, bool withoutHamzaSeats)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var words = parts.Select(static p => p.Article ? ArabicLetters.Article + p.Word.Arabic : p.Word.Arabic);
        var text = string.Join(' ', words);
        return withoutHamzaSeats ? ArabicLetters.WithoutHamzaSeats(text) : text;
    }
}
