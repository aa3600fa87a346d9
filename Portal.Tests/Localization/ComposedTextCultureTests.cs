using System.Globalization;
using Portal.Accounts;
using Portal.Accounts.Commands;
using Portal.Domain;
using Portal.Domain.Figures;
using Portal.Domain.Localization;
using Portal.Domain.Plans;
using Portal.Domain.Reporting;
using Portal.Reporting.Reminders;
using Portal.Tests.Support;

namespace Portal.Tests.Localization;

/// <summary>
/// Text composed for someone else follows the culture it is given, not the thread's; what the audit trail stores is
/// Chinese whoever acts; a message for the reader follows the reader's culture (ADR 037). Each test runs on a thread
/// whose UI language is English, as an English user's circuit would be.
/// </summary>
public sealed class ComposedTextCultureTests : IDisposable
{
    private static readonly Plan Plan2013 = PlanFile.Load(RepoPaths.Seed("plan-2013.json"));
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture, _uiCulture = CultureInfo.CurrentUICulture;

    // Three days before the April deadline, 5 May 2013 24:00 in Beijing.
    private static readonly ReminderMoment ThreeDaysBefore = new(2013, 4, MomentKind.Before, 3,
        new DateTimeOffset(2013, 5, 3, 1, 0, 0, TimeSpan.Zero), new DateTimeOffset(2013, 5, 5, 16, 0, 0, TimeSpan.Zero));

    public ComposedTextCultureTests() => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = English;

    public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (_culture, _uiCulture);

    [Fact]
    public void ReminderSubject_ChineseRecipient_IsChinese_WhateverTheThreadsLanguage()
    {
        var subject = ReminderText.ReminderSubject(Plan2013.Division("reader-services"), ThreeDaysBefore, TextResource.Chinese);

        Assert.Equal("【填报提醒】读者服务部 2013 年 4 月数据还有 3 天截止", subject);
    }

    [Fact]
    public void ReminderSubject_EnglishRecipient_IsEnglish()
    {
        var subject = ReminderText.ReminderSubject(Plan2013.Division("reader-services"), ThreeDaysBefore, English);

        Assert.Equal("[Reminder] 读者服务部: the figures for 4/2013 are due in 3 days", subject);
    }

    [Fact]
    public void ReminderBody_ChineseRecipient_ListsTheMissingKpisAndTheDeadlineInChinese()
    {
        var missing = new[] { Plan2013.Kpi("circulation.loans"), Plan2013.Kpi("circulation.visits") };

        var body = ReminderText.ReminderBody(Plan2013.Division("reader-services"), ThreeDaysBefore, missing, "http://portal/entry", TextResource.Chinese);

        Assert.StartsWith("读者服务部的各位同事：\n\n2013 年 4 月的数据还有 3 天截止（截止时间：2013-05-05 24:00），以下 2 项尚未填报：\n· ", body);
        Assert.Contains($"· {missing[1].Name}（{missing[1].Target.Unit}）\n截止前，", body);
        Assert.EndsWith("\n——浙江图书馆工作要点门户（系统自动发送，请勿回复）", body);
    }

    [Fact]
    public void StoredNames_UnderAnEnglishUi_AreWrittenInChinese()
    {
        Assert.Equal("匿名用户", Writer.Anonymous);
        Assert.Equal("命令行", AccountCommands.By);
    }

    [Fact]
    public void DomainMessage_UnderAnEnglishUi_IsEnglish()
    {
        var refused = Assert.Throws<DomainException>(() => Months.Require(13));

        Assert.Equal("The month must be between 1 and 12 (got 13).", refused.Message);
    }

    [Fact]
    public void ListText_JoinsInTheCultureGiven()
    {
        Assert.Equal("一.1、一.2", ListText.Join(["一.1", "一.2"], TextResource.Chinese));
        Assert.Equal("a, b", ListText.Join(["a", "b"]));
    }
}
