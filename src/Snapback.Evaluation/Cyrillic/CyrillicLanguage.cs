namespace Snapback.Evaluation.Cyrillic;

/// <summary>The language a Cyrillic name is in, as far as its letters tell; the systems treat г, и and і by language.</summary>
internal enum CyrillicLanguage
{
    Russian,
    Ukrainian,
    Belarusian,
}
