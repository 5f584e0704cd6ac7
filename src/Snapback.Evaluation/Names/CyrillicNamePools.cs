using System.Collections.Immutable;

namespace Snapback.Evaluation.Names;

/// <summary>Frequent Russian given names, patronymics and surnames in Cyrillic, written here from public frequency lists.</summary>
public static class CyrillicNamePools
{
    public static ImmutableArray<string> MaleGiven { get; } = Words(
        "Александр Алексей Андрей Антон Артём Борис Вадим Валерий Василий Виктор Виталий Владимир Владислав Геннадий Георгий "
        + "Григорий Денис Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин Леонид Максим Михаил Никита Николай Олег Павел "
        + "Пётр Роман Руслан Сергей Станислав Степан Тимур Фёдор Юрий Ярослав");

    public static ImmutableArray<string> FemaleGiven { get; } = Words(
        "Александра Алина Анастасия Анна Валентина Вера Виктория Галина Дарья Екатерина Елена Елизавета Ирина Ксения Лариса "
        + "Любовь Людмила Марина Мария Наталья Нина Ольга Полина Светлана Софья Татьяна Юлия");

    /// <summary>Patronymics, male form; the female form ends in -овна/-евна instead of -ович/-евич.</summary>
    public static ImmutableArray<string> Patronymics { get; } = Words(
        "Александрович Алексеевич Андреевич Борисович Васильевич Викторович Владимирович Геннадьевич Григорьевич Дмитриевич "
        + "Евгеньевич Иванович Игоревич Константинович Леонидович Михайлович Николаевич Олегович Павлович Петрович Романович "
        + "Сергеевич Станиславович Юрьевич");

    /// <summary>Surnames, male form; the female form adds -а to -ов, -ев, -ёв, -ин, -ын.</summary>
    public static ImmutableArray<string> Surnames { get; } = Words(
        "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев Лебедев Семёнов "
        + "Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев "
        + "Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин "
        + "Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов "
        + "Осипов Сидоров Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков "
        + "Афанасьев Данилов Савельев Тимофеев Фомин Чернов Абрамов Мартынов Ефимов Федотов Щербаков Назаров Калинин Исаев "
        + "Быков Маслов Родионов Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев Прохоров Наумов Потапов "
        + "Журавлёв Овчинников Трофимов Леонов Соболев Ермаков Колесников Гончаров Емельянов Никифоров Грачёв Котов Гришин");

    /// <summary>The female form of a patronymic.</summary>
    public static string FemalePatronymic(string male)
    {
        ArgumentNullException.ThrowIfNull(male);
        return male.EndsWith("ич", StringComparison.Ordinal) ? male[..^2] + "на" : male;
    }

    /// <summary>The female form of a surname.</summary>
    public static string FemaleSurname(string male)
    {
        ArgumentNullException.ThrowIfNull(male);
        return male.EndsWith("ов", StringComparison.Ordinal) || male.EndsWith("ев", StringComparison.Ordinal)
            || male.EndsWith("ёв", StringComparison.Ordinal) || male.EndsWith("ин", StringComparison.Ordinal)
            || male.EndsWith("ын", StringComparison.Ordinal)
            ? male + "а"
            : male;
    }

    private static ImmutableArray<string> Words(string text) => [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
}
