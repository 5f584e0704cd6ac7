using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Snapback.Evaluation.Deck;

namespace Snapback.Evaluation.Tests;

/// <summary>The evaluation must not see into the matcher: it screens through the screening service and nothing else.</summary>
public sealed class EvaluationBoundaryTests
{
    // Building the index the screening service runs on is the one thing of the matcher's the evaluation needs.
    private static readonly string[] Allowed = ["Snapback.Matching.MatchIndex"];

    [Fact]
    public void EvaluationAssembly_UsesOfTheMatcherOnlyItsIndexBuild()
    {
        using var stream = File.OpenRead(typeof(EvaluationDeck).Assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var used = new List<string>();
        foreach (var handle in metadata.TypeReferences)
        {
            var type = metadata.GetTypeReference(handle);
            if (type.ResolutionScope.Kind == HandleKind.AssemblyReference
                && metadata.GetAssemblyReference((AssemblyReferenceHandle)type.ResolutionScope).Name is var assembly
                && metadata.GetString(assembly) == "Snapback.Matching")
            {
                used.Add(metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name));
            }
        }

        Assert.Equal(Allowed, used.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EvaluationAssembly_CallsOfTheIndexOnlyBuild()
    {
        using var stream = File.OpenRead(typeof(EvaluationDeck).Assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var members = metadata.MemberReferences
            .Select(metadata.GetMemberReference)
            .Where(m => m.Parent.Kind == HandleKind.TypeReference
                && metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)m.Parent).Name) == "MatchIndex")
            .Select(m => metadata.GetString(m.Name))
            .Distinct();
        Assert.Equal(["Build"], members);
    }
}
