namespace Snapback.Store;

/// <summary>One entity of a snapshot being saved: its id, the hash of its canonical JSON, and that JSON.</summary>
internal readonly record struct EntityRow(string EntityId, string Hash, string Json);
