namespace Portal.Domain.PlanImport;

/// <summary>
/// The measure words a plan's targets are counted in (种, 册次, 场, 期, GB, %…), matched longest first. 届 is not
/// one: it counts editions (第六届, 十八届), never a target's quantity.
/// </summary>
public static class Units
{
    private static readonly string[] All =
    [
        "个百分点", "百分点", "平方米", "册次", "人次", "车次", "场次", "篇次", "件次", "课时", "学时", "小时", "分钟",
        "GB", "TB", "MB", "%", "％",
        "种", "册", "张", "场", "期", "部", "页", "块", "集", "条", "个", "家", "所", "项", "篇", "本", "件", "名",
        "人", "位", "套", "台", "门", "批", "处", "座", "支", "类", "份", "幅", "卷", "首", "户", "辆", "讲", "次",
        "字", "元", "天", "周", "盒", "组", "档", "片", "叶", "拍",
    ];

    /// <summary>Counting units a name may end with when the number stands alone (总流通人次 100万以上).</summary>
    private static readonly string[] Trailing = ["人次", "册次", "场次", "件次", "篇次"];

    /// <summary>Durations: a target only at the end of a clause (开放 56 小时), not as an attribute (24小时自助图书馆).</summary>
    public static bool IsDuration(string unit) => unit is "小时" or "分钟" or "天" or "周";

    /// <summary>The unit written at <paramref name="at"/>, normalised (％ → %), or null.</summary>
    public static string? Match(string text, int at, out int length)
    {
        foreach (var unit in All)
        {
            if (string.CompareOrdinal(text, at, unit, 0, unit.Length) != 0) continue;
            length = unit.Length;
            return unit switch { "％" => "%", "百分点" => "个百分点", _ => unit };
        }
        length = 0;
        return null;
    }

    /// <summary>The counting unit <paramref name="name"/> ends with (总流通人次 → 人次), or null.</summary>
    public static string? TrailingUnit(string name) => Trailing.FirstOrDefault(name.EndsWith);
}
