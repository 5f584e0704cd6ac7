namespace Snapback.Matching.Evaluation;

/// <summary>A query with the entity it must find (positives) or null (negatives: names on no list).</summary>
public sealed record EvaluationCase(string Category, ScreenQuery Query, string? ExpectedId)
{
    public bool IsPositive => ExpectedId is not null;
}
