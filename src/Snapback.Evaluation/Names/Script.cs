namespace Snapback.Evaluation.Names;

/// <summary>The writing system a name is in, by its letters.</summary>
public enum Script
{
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Other,
}
