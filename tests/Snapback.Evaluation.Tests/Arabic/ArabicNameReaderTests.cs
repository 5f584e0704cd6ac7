using Snapback.Evaluation.Arabic;

namespace Snapback.Evaluation.Tests.Arabic;

public sealed class ArabicNameReaderTests
{
    [Theory]
    [InlineData("عبدالله")]
    [InlineData("عبد الله")]
    public void FromArabic_AbdullahJoinedOrApart_IsAbdAndAllah(string arabic) =>
        Assert.Equal([ArabicNameWords.Abd, ArabicNameWords.Allah], ArabicNameReader.FromArabic(arabic)!.Value.Select(static p => p.Word));

    [Fact]
    public void FromArabic_WithoutHamzaSeat_FindsTheWord() =>
        Assert.Equal("Aḥmad", Assert.Single(ArabicNameReader.FromArabic("احمد")!.Value).Word.AlaLc);

    [Fact]
    public void FromArabic_UnknownWord_IsNull() => Assert.Null(ArabicNameReader.FromArabic("محمد وثيق"));

    [Theory]
    [InlineData("Abdul Rahman")]
    [InlineData("Abdulrahman")]
    [InlineData("Abdurrahman")]
    [InlineData("ABD AL-RAHMAN")]
    [InlineData("'Abd ar-Rahman")]
    [InlineData("ʻAbd al-Raḥmān")]
    public void FromLatin_SpellingsOfAbdAlRahman_ReadTheSameWords(string latin)
    {
        var parts = ArabicNameReader.FromLatin(latin)!.Value;
        Assert.Equal([new(ArabicNameWords.Abd, false), new(ArabicNameWords.FromArabic("رحمن")!, true)], parts);
    }

    [Fact]
    public void FromLatin_UnknownWord_IsNull() => Assert.Null(ArabicNameReader.FromLatin("Usama BIN LADEN"));
}
