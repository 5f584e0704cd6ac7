using Snapback.Screening.Ownership;
using Snapback.Screening.Tests.Support;
using static Snapback.Screening.Tests.Support.OfacExamples;

namespace Snapback.Screening.Tests.Ownership;

public sealed class OwnershipCalculatorTests
{
    private static OwnershipResult Ofac(OwnershipEdge[] edges, params string[] listed) =>
        OwnershipCalculator.Compute(OwnershipGraph.Build(edges), Listed(listed), OwnershipRegime.Ofac);

    [Fact]
    public void Compute_OfacExample1_BlocksBothLayersThroughTheChain()
    {
        var result = Ofac(Example1, X);

        Assert.Equal(OwnershipStatus.Owned, result.StatusOf(A));
        var b = result.Report(B);
        Assert.Equal(OwnershipStatus.Owned, b.Status);
        Assert.Equal(50m, b.AggregateShare);
        Assert.Equal($"{X} -50%-> {A} -50%-> {B}", Assert.Single(b.Paths).ToString());
    }

    [Fact]
    public void Compute_OfacExample2_AddsTheTwoBlockedHoldingsInC()
    {
        var c = Ofac(Example2, X).Report(C);

        Assert.Equal(OwnershipStatus.Owned, c.Status);
        Assert.Equal(50m, c.AggregateShare);
        Assert.Equal(
            [$"{X} -50%-> {A} -25%-> {C}", $"{X} -50%-> {B} -25%-> {C}"],
            c.Paths.Select(static p => p.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(50m, c.Paths.Sum(static p => p.Share));
    }

    [Fact]
    public void Compute_OfacExample3_AddsDirectAndIndirectHoldings()
    {
        var b = Ofac(Example3, X).Report(B);

        Assert.Equal(OwnershipStatus.Owned, b.Status);
        Assert.Equal(50m, b.AggregateShare);
        Assert.Equal([$"{X} -50%-> {A} -40%-> {B}", $"{X} -10%-> {B}"], b.Paths.Select(static p => p.ToString()));
    }

    [Fact]
    public void Compute_OfacExample4_AggregatesTwoBlockedPersons()
    {
        var result = Ofac(Example4, X, Y);

        var a = result.Report(A);
        Assert.Equal(OwnershipStatus.Owned, a.Status);
        Assert.Equal(2, a.Paths.Length);
        Assert.Equal(OwnershipStatus.Owned, result.StatusOf(B));
        Assert.Equal([B], a.Blocks.Select(static h => h.PartyId));
    }

    [Fact]
    public void Compute_OfacExample5_DoesNotPassSharesOfUnblockedEntitiesDown()
    {
        var result = Ofac(Example5, X);

        Assert.Equal(OwnershipStatus.NotBlocked, result.StatusOf(A));
        Assert.Equal(OwnershipStatus.NotBlocked, result.StatusOf(B));
        var c = result.Report(C);
        Assert.Equal(OwnershipStatus.NotBlocked, c.Status);
        Assert.Equal(0m, c.AggregateShare);
        Assert.Empty(c.Paths);
    }

    [Fact]
    public void Compute_JustUnderHalf_IsNotBlocked()
    {
        var result = Ofac([new(X, A, 49.9999m)], X);

        Assert.Equal(OwnershipStatus.NotBlocked, result.StatusOf(A));
        Assert.Equal(49.9999m, result.Report(A).AggregateShare);
    }

    [Fact]
    public void Compute_ExactlyHalf_BlocksUnderOfacAndEuButNotUk()
    {
        OwnershipEdge[] edges = [new(X, A, 50)];

        Assert.True(OwnershipCalculator.Compute(OwnershipGraph.Build(edges), Listed(X), OwnershipRegime.Ofac).Report(A).Blocked);
        Assert.True(OwnershipCalculator.Compute(OwnershipGraph.Build(edges), Listed(X), OwnershipRegime.Eu).Report(A).Blocked);
        Assert.False(OwnershipCalculator.Compute(OwnershipGraph.Build(edges), Listed(X), OwnershipRegime.Uk).Report(A).Blocked);
    }

    [Fact]
    public void Compute_ControlWithoutMajority_BlocksUnderEuOnly()
    {
        OwnershipEdge[] edges = [new(X, A, 10, Control: true), new(A, B, 60)];
        var graph = OwnershipGraph.Build(edges);

        var ofac = OwnershipCalculator.Compute(graph, Listed(X), OwnershipRegime.Ofac);
        var eu = OwnershipCalculator.Compute(graph, Listed(X), OwnershipRegime.Eu);

        Assert.Equal(OwnershipStatus.NotBlocked, ofac.StatusOf(A));
        Assert.Equal(OwnershipStatus.NotBlocked, ofac.StatusOf(B));
        var a = eu.Report(A);
        Assert.True(a.ControlledByBlocked);
        Assert.Equal($"{X} -10%+control-> {A}", Assert.Single(a.Paths).ToString());
        Assert.Equal($"{X} -10%+control-> {A} -60%-> {B}", Assert.Single(eu.Report(B).Paths).ToString());
    }

    [Fact]
    public void Compute_CycleOfHoldings_EndsAndExplainsWithoutGoingRound()
    {
        // A and B hold each other; X's 30% and A's stake in B (40%) only block B once A is blocked by X (60%).
        OwnershipEdge[] edges = [new(X, A, 60), new(A, B, 40), new(B, A, 40), new(X, B, 30), new(B, C, 50), new(C, A, 0.5m)];

        var result = Ofac(edges, X);

        Assert.All([A, B, C], id => Assert.Equal(OwnershipStatus.Owned, result.StatusOf(id)));
        var a = result.Report(A);
        Assert.Equal(100.5m, a.AggregateShare);
        Assert.Equal($"{X} -60%-> {A}", Assert.Single(a.Paths).ToString());
        Assert.All(result.Report(C).Paths, path => Assert.Equal(path.Steps.Length, path.Steps.Select(static s => s.Owner).Distinct().Count()));
    }

    [Fact]
    public void Compute_CycleWithNoListedOwner_BlocksNothing()
    {
        var result = Ofac([new(A, B, 100), new(B, A, 100)]);

        Assert.Equal(0, result.OwnedCount);
    }

    [Fact]
    public void Report_NameLinkedOwner_ShowsTheScore()
    {
        var listings = new Dictionary<string, ListedLink>(StringComparer.Ordinal) { [A] = new ListedLink(A, X, 0.93) };

        var b = OwnershipCalculator.Compute(OwnershipGraph.Build([new(A, B, 75)]), listings, OwnershipRegime.Ofac).Report(B);

        var listing = Assert.Single(b.Paths).Listing;
        Assert.True(listing.IsNameMatch);
        Assert.Equal(0.93, listing.Score);
        Assert.Equal(X, listing.EntityId);
    }

    [Fact]
    public void Recompute_Designation_BlocksWhatItOwns()
    {
        var before = Ofac(Example4, X);

        var after = OwnershipCalculator.Recompute(before, Listed(X, Y), [Y]);

        Assert.Equal([Y, A, B], after.Changed);
        Assert.Equal(3, after.Recomputed);
        Assert.True(after.Result.SameAs(OwnershipCalculator.Compute(before.Graph, Listed(X, Y), OwnershipRegime.Ofac)));
    }

    [Fact]
    public void Recompute_Delisting_UnblocksWhatItHeldUp()
    {
        var before = Ofac(Example1, X);

        var after = OwnershipCalculator.Recompute(before, Listed(), [X]);

        Assert.Equal([X, A, B], after.Changed);
        Assert.Equal(0, after.Result.OwnedCount);
    }

    [Fact]
    public void Recompute_RandomGraphsWithCycles_EqualsFullCompute()
    {
        for (var seed = 1; seed <= 300; seed++)
        {
            var random = new Random(seed);
            var parties = random.Next(2, 40);
            var edges = Enumerable.Range(0, random.Next(1, parties * 3))
                .Select(_ => new OwnershipEdge(Party(random.Next(parties)), Party(random.Next(parties)), random.Next(0, 5) * 12.5m,
                    random.Next(8) == 0))
                .ToArray();
            var graph = OwnershipGraph.Build(edges);
            var listed = Listed([.. Enumerable.Range(0, parties).Where(_ => random.Next(5) == 0).Select(Party)]);
            foreach (var regime in OwnershipRegime.All)
            {
                var result = OwnershipCalculator.Compute(graph, listed, regime);
                for (var round = 0; round < 4; round++)
                {
                    var changed = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Party(random.Next(parties))).Distinct().ToArray();
                    foreach (var id in changed)
                    {
                        if (!listed.Remove(id))
                        {
                            listed[id] = new ListedLink(id, id);
                        }
                    }

                    var incremental = OwnershipCalculator.Recompute(result, listed, changed);
                    var full = OwnershipCalculator.Compute(graph, listed, regime);
                    Assert.True(incremental.Result.SameAs(full), $"seed {seed}, {regime.Name}, round {round}");
                    Assert.Equal(
                        Enumerable.Range(0, graph.PartyCount).Where(p => result.StatusOf(p) != full.StatusOf(p)).Select(graph.PartyId)
                            .Order(StringComparer.Ordinal),
                        incremental.Changed);
                    foreach (var id in full.OwnedParties())
                    {
                        var report = incremental.Result.Report(id, int.MaxValue);
                        Assert.NotEmpty(report.Paths);
                        Assert.All(report.Paths, path => Assert.True(incremental.Result.Listings.ContainsKey(path.Steps[0].Owner)));
                    }

                    result = incremental.Result;
                }
            }
        }
    }

    private static string Party(int n) => "p" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
