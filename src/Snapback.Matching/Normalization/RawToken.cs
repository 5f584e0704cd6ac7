namespace Snapback.Matching.Normalization;

/// <summary>One lower-case ASCII token of a name; <see cref="Abjad"/> marks text that came from a script written without vowels.</summary>
internal readonly record struct RawToken(string Text, bool Abjad);
