namespace Snapback.Screening.Cases.Decisions;

/// <summary>A note on an alert.</summary>
public sealed record Comment(long Id, long AlertId, string ActorId, string ActorName, DateTimeOffset At, string Text);
