namespace Snapback.Matching.Text;

/// <summary>
/// A listed party mentioned in running text: where (<paramref name="Start"/> inclusive, <paramref name="End"/> exclusive, UTF-16
/// offsets into the text as given), the words as written there, and the hit with its score and explanation.
/// </summary>
public sealed record TextMention(int Start, int End, string Text, MatchHit Hit);
