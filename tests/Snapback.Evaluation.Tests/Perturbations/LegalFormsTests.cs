using Snapback.Evaluation.Keyboard;
using Snapback.Evaluation.Perturbations;

namespace Snapback.Evaluation.Tests.Perturbations;

public sealed class LegalFormsTests
{
    [Fact]
    public void Misspell_AnySeed_MisspellsOneLegalFormWordByOneEdit()
    {
        const string name = "LIMITED LIABILITY COMPANY \"VERUS\"";
        for (var seed = 0; seed < 100; seed++)
        {
            var misspelt = LegalForms.Misspell(name, new Random(seed))!;
            var pairs = name.Split(' ').Zip(misspelt.Split(' ')).Where(static p => p.First != p.Second).ToList();
            var (original, typed) = Assert.Single(pairs);
            Assert.Contains(original, LegalForms.Words);
            Assert.Equal(1, EditDistance.Between(original, typed.ToUpperInvariant()));
        }
    }

    [Fact]
    public void Misspell_LegalFormInQuotesOrBeforeAComma_KeepsThePunctuation()
    {
        var misspelt = LegalForms.Misspell("ACME (HOLDINGS),", new Random(3))!;
        Assert.StartsWith("ACME (", misspelt, StringComparison.Ordinal);
        Assert.EndsWith("),", misspelt, StringComparison.Ordinal);
    }

    [Fact]
    public void Misspell_NoLegalFormWord_IsNull() => Assert.Null(LegalForms.Misspell("ALFA BANK", new Random(1)));
}
