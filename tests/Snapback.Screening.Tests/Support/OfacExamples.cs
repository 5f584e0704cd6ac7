using Snapback.Screening.Ownership;

namespace Snapback.Screening.Tests.Support;

/// <summary>
/// The worked examples of OFAC FAQ 401 (indirect ownership under the 50 Percent Rule, 13 August 2014), as holdings. Blocked Person X
/// and Y stand for listed entities <c>ofac:X</c> and <c>ofac:Y</c>; Entity A, B, C are parties on no list.
/// </summary>
internal static class OfacExamples
{
    public const string X = "ofac:X";
    public const string Y = "ofac:Y";
    public const string A = "party:Entity A";
    public const string B = "party:Entity B";
    public const string C = "party:Entity C";

    /// <summary>Example 1: X owns 50% of A, A owns 50% of B; A and B are blocked.</summary>
    public static OwnershipEdge[] Example1 => [new(X, A, 50), new(A, B, 50)];

    /// <summary>Example 2: X owns 50% of A and of B; A and B each own 25% of C; A, B and C are blocked.</summary>
    public static OwnershipEdge[] Example2 => [new(X, A, 50), new(X, B, 50), new(A, C, 25), new(B, C, 25)];

    /// <summary>Example 3: X owns 50% of A and 10% of B; A owns 40% of B; A and B are blocked.</summary>
    public static OwnershipEdge[] Example3 => [new(X, A, 50), new(X, B, 10), new(A, B, 40)];

    /// <summary>Example 4: X and Y each own 25% of A; A owns 50% of B; A (in the aggregate) and B are blocked.</summary>
    public static OwnershipEdge[] Example4 => [new(X, A, 25), new(Y, A, 25), new(A, B, 50)];

    /// <summary>Example 5: X owns 25% of A and 25% of B; A and B each own 50% of C; none of A, B, C is blocked.</summary>
    public static OwnershipEdge[] Example5 => [new(X, A, 25), new(X, B, 25), new(A, C, 50), new(B, C, 50)];

    public static Dictionary<string, ListedLink> Listed(params string[] ids) =>
        ids.ToDictionary(id => id, id => new ListedLink(id, id), StringComparer.Ordinal);
}
