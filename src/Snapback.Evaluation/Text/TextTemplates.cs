using System.Collections.Immutable;

namespace Snapback.Evaluation.Text;

/// <summary>
/// Sentences of the kinds of text screened in free form: news reports and payment messages. <c>{0}</c> is where a name goes;
/// the sentences without it carry the words that trap a careless finder (bank, Moscow, trading company, given names alone).
/// </summary>
internal static class TextTemplates
{
    public static ImmutableArray<string> NewsWithName { get; } =
    [
        "{0} met officials in Geneva on Tuesday, according to people familiar with the talks.",
        "Shares fell after reports that {0} had moved funds through a network of shell companies.",
        "Prosecutors said {0} controlled the vessel through a chain of intermediaries.",
        "In a rare interview, {0} denied any wrongdoing and said the accounts were frozen by mistake.",
        "The ministry said its agreement with {0} would be reviewed before the end of the year.",
        "Documents seen by reporters show that {0} received payments from a trust in Cyprus.",
        "Investigators traced the cargo to {0}, which had changed its name twice since 2019.",
        "A spokesman declined to comment on the ties between the exchange and {0}.",
    ];

    public static ImmutableArray<string> NewsWithTitle { get; } =
    [
        "President {0} told reporters the measures would not change the country's course.",
        "Mr {0} was seen leaving the embassy shortly after midnight.",
        "General {0} is believed to command the units involved.",
        "Sheikh {0} was named in the indictment unsealed on Friday.",
    ];

    public static ImmutableArray<string> NewsWithList { get; } =
    [
        "The order names {0} among those whose assets are frozen.",
        "Those sanctioned include {0}, officials said.",
    ];

    public static ImmutableArray<string> NewsFiller { get; } =
    [
        "The bank in Moscow raised its key rate by half a point.",
        "Oil prices rose as traders weighed new export data from the Gulf.",
        "The central bank held rates steady for a third month.",
        "Analysts expect the trading company to report lower profits this quarter.",
        "The president of the union said talks would continue next week.",
        "Investors in London and New York watched the currency closely.",
        "Vladimir, a driver in the port, said deliveries had slowed since spring.",
        "Mohammed and Ali, two shopkeepers in the old market, said prices had doubled.",
        "The shipping line said its new service would call at Jebel Ali and Port Said.",
        "Officials from the National Security Council declined to comment.",
        "A joint stock company registered in the free zone filed for insolvency.",
        "The International Monetary Fund cut its growth forecast for the region.",
    ];

    public static ImmutableArray<string> RussianWithGenitive { get; } =
    [
        "Встреча {0} с делегацией прошла в Москве во вторник.",
        "Адвокаты {0} заявили, что обжалуют решение суда.",
    ];

    public static ImmutableArray<string> RussianNominative { get; } =
    [
        "По данным агентства, {0} посетил Дубай в марте.",
        "Как сообщается, {0} владеет долей в судоходной компании.",
    ];

    public static ImmutableArray<string> RussianFiller { get; } =
    [
        "Банк в Москве повысил ключевую ставку.",
        "Цены на нефть выросли после публикации новых данных.",
    ];

    /// <summary>Payment message lines; <c>{0}</c> the party, <c>{1}</c> a number, <c>{2}</c> goods or services.</summary>
    public static ImmutableArray<string> PaymentWithName { get; } =
    [
        "/BNF/{0}\n/REMI/INVOICE {1} {2}",
        ":70:PAYMENT FOR {2} INV {1}\n/ORD/{0}",
        "/ROC/{1}/BNF/{0}\n/RFB/{2}",
        ":70:/INV/{1} {2} FAVOUR {0}",
    ];

    public static ImmutableArray<string> PaymentFiller { get; } =
    [
        ":70:PAYMENT FOR CONSULTING SERVICES INV {1}",
        "/REMI/{2} AS PER CONTRACT {1} DTD 2026-03-01",
        "/ROC/{1}/RFB/SALARY TRANSFER MARCH",
        ":70:BANK CHARGES FOR ACCOUNT {1} MOSCOW BRANCH",
    ];

    public static ImmutableArray<string> Goods { get; } =
    [
        "SPARE PARTS", "STEEL PIPES", "CONSULTING FEES", "FREIGHT CHARGES", "MEDICAL SUPPLIES", "SOFTWARE LICENCES", "FERTILIZER",
        "TEXTILE GOODS", "MACHINE TOOLS", "ELECTRONIC COMPONENTS",
    ];

    public static ImmutableArray<string> Titles { get; } = ["President", "Mr", "General", "Sheikh"];
}
