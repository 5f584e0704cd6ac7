namespace Snapback.Matching.Explanation;

/// <summary>
/// One query token and the listed token it was paired with (either is null when unmatched), each as written.
/// <see cref="QueryLatin"/> and <see cref="ListedLatin"/> are the Latin forms that were compared, set only when a token was
/// written in another script or with diacritics ("Владимир" -> "vladimir").
/// </summary>
public sealed record TokenMatch(
    string? QueryToken,
    string? ListedToken,
    MatchMethod Method,
    double Similarity,
    double Edits = 0,
    string? QueryLatin = null,
    string? ListedLatin = null);
