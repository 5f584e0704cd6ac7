namespace Snapback.Lists.Uk;

/// <summary>The name rows of one OFSI Group ID, in file order.</summary>
internal sealed class OfsiGroup(string id)
{
    public string Id { get; } = id;

    public List<string[]> Rows { get; } = [];
}
