namespace Snapback.Api.Lists;

/// <summary>An entity named in a diff: its id, primary name and kind.</summary>
public sealed record EntityRef(string Id, string Name, string Kind);
