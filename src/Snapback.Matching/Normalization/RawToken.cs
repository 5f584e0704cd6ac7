namespace Snapback.Matching.Normalization;

/// <summary>
/// One lower-case ASCII token of a name; <see cref="Abjad"/> marks text that came from a script written without vowels.
/// <see cref="Written"/> is the token as written (case, diacritics and script kept); <see cref="OtherScript"/> marks a token
/// written in a script other than Latin, which reached <see cref="Text"/> by transliteration.
/// </summary>
internal readonly record struct RawToken(string Text, bool Abjad, string Written, bool OtherScript);
