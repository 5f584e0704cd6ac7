using System.Collections.Immutable;
using Snapback.Evaluation.Arabic;

namespace Snapback.Evaluation.Names;

/// <summary>Frequent Arabic given names and family names, as words of <see cref="ArabicNameWords"/>.</summary>
public static class ArabicNamePools
{
    public static ImmutableArray<ArabicNameWord> Given { get; } = Find(
        "محمد أحمد علي حسن حسين إبراهيم عمر عثمان خالد يوسف صالح مصطفى محمود يحيى يونس عيسى موسى سليمان إسماعيل جمال كمال "
        + "سعيد سعد سالم منصور ناصر طارق طاهر عباس قاسم هاشم عادل عماد عصام أيمن فيصل خليل حمزة بلال أمين أنور أشرف عدنان عمار "
        + "مهدي هادي هاني وليد نبيل سمير ماهر مالك مراد غسان زكي شريف رضا حبيب جابر جعفر فهد زياد بشير ياسر أنس مازن هيثم "
        + "باسم رامي سامي غازي جلال حسام منير نزار نادر رياض إياد رائد طلال وائل");

    public static ImmutableArray<ArabicNameWord> Family { get; } = Find(
        "حداد نجار خطيب عطار صباغ شهاب زيدان حمدان بدوي قاضي بكري خوري بيطار حلبي حمصي شامي هاشمي أنصاري حربي قحطاني شمري "
        + "مطيري عتيبي دوسري غامدي زهراني شهري عثماني صديقي حسيني");

    private static ImmutableArray<ArabicNameWord> Find(string words) =>
        [.. words.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(static w => ArabicNameWords.FromArabic(w) ?? throw new InvalidOperationException($"{w} is not in the name table"))];
}
