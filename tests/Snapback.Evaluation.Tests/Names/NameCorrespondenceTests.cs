using Snapback.Evaluation.Names;

namespace Snapback.Evaluation.Tests.Names;

public sealed class NameCorrespondenceTests
{
    [Theory]
    [InlineData("ЗАДАЧИН Андрей Андреевич", "Andrey Andreevich ZADACHIN")]
    [InlineData("ТОО ЗАПЧАСТЬ ТРЕЙД", "\"ZAPCHAST TRADE\" LLP")]
    [InlineData("صدام حسين التكريتي", "SADDAM HUSSEIN AL-TIKRITI")]
    [InlineData("Σταύρος Παπαδόπουλος", "Stavros PAPADOPOULOS")]
    public void IsSameName_TransliterationOfTheLatinName_IsTrue(string native, string latin) =>
        Assert.True(NameCorrespondence.IsSameName(native, ["UNRELATED ALIAS", latin]));

    [Theory]
    [InlineData("Агентство Интернет Исследований", "INTERNET RESEARCH AGENCY")]
    [InlineData("Испанец", "Stanislav Alexandrovich ORLOV")]
    [InlineData("الدولة الإسلامية", "ISLAMIC STATE")]
    [InlineData("Δίκτυο Haqqani", "Síť Haqqani")]
    [InlineData("Ταξιαρχία Sultan Sulaiman Shah", "Sultan Sulaiman Shah Brigade")]
    [InlineData("Сухопутные войска", "Forțele terestre ruse")]
    public void IsSameName_TranslationOrNickname_IsFalse(string native, string latin) =>
        Assert.False(NameCorrespondence.IsSameName(native, [latin]));

    [Fact]
    public void IsSameName_EveryWord_RejectsATranslationSharingCognates()
    {
        Assert.True(NameCorrespondence.IsSameName("Сирийская демократическая гвардия", ["Syrian Democratic Guard"]));
        Assert.False(NameCorrespondence.IsSameName("Сирийская демократическая гвардия", ["Syrian Democratic Guard"], everyWord: true));
        Assert.True(NameCorrespondence.IsSameName("ТОО ЗАПЧАСТЬ ТРЕЙД", ["\"ZAPCHAST TRADE\" LLP"], everyWord: true));
    }
}
