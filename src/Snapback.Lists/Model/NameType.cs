namespace Snapback.Lists.Model;

/// <summary>How a list presents a name: the primary name, a strong alias, a weak (low-quality) alias, or the name in its original script.</summary>
public enum NameType
{
    Primary,
    StrongAlias,
    WeakAlias,
    OriginalScript,
    FormerName,
}
