using Portal.Domain.Figures;
using static Portal.Domain.Tests.Engine.LibraryPlan;

namespace Portal.Domain.Tests.Engine;

/// <summary>
/// January to March as the divisions reported them. Totals as of March, worked by hand:
/// <code>
/// loans            Jan      Feb      Mar    as of Mar
///   reader-services 52,000   38,000   61,000   151,000   (split target 700,000)
///   branches        14,500    9,800   17,200    41,500   (split target 200,000)
///   mobile-library   7,300        —    8,100    15,400   (split target 100,000; van in for repair in Feb)
///   accessibility      640        —      560     1,200   (no target: braille loans only contribute)
///   total           74,440   47,800   86,860   209,100   (as of Feb 122,240)
/// cards (stock)    Jan      Feb      Mar     the latest level per division counts
///   reader-services 252,850       —  255,350
///   branches         18,400   19,550       —
///   total           271,250  272,400  274,900  (Feb: 252,850 + 19,550; Mar: 255,350 + 19,550)
/// rubbings GB      46.5 + 38.25 + 52.75 = 137.5        gazetteers     12 + 9 + 15 = 36
/// lectures         Feb 1, Mar 1 = 2                    repaired pages 700 + 520 + 930 = 2,150
/// outreach lectures 6 + 4 + 11 = 21                    training hours Mar 96
/// </code>
/// </summary>
public static class FirstQuarter
{
    public static MonthlyFigure[] Figures { get; } =
    [
        F(Loans, "reader-services", 1, 52_000), F(Loans, "reader-services", 2, 38_000), F(Loans, "reader-services", 3, 61_000),
        F(Loans, "branches", 1, 14_500), F(Loans, "branches", 2, 9_800), F(Loans, "branches", 3, 17_200),
        F(Loans, "mobile-library", 1, 7_300), F(Loans, "mobile-library", 3, 8_100),
        F(Loans, "accessibility", 1, 640), F(Loans, "accessibility", 3, 560),
        F(Cards, "reader-services", 1, 252_850), F(Cards, "reader-services", 3, 255_350),
        F(Cards, "branches", 1, 18_400), F(Cards, "branches", 2, 19_550),
        F(Rubbings, "digital", 1, 46.5), F(Rubbings, "digital", 2, 38.25), F(Rubbings, "digital", 3, 52.75),
        F(Gazetteers, "digital", 1, 12), F(Gazetteers, "digital", 2, 9), F(Gazetteers, "digital", 3, 15),
        F(Lectures, "outreach", 2, 1), F(Lectures, "outreach", 3, 1),
        F(RepairedPages, "ancient-books", 1, 700), F(RepairedPages, "ancient-books", 2, 520), F(RepairedPages, "ancient-books", 3, 930),
        F(OutreachLectures, "sharing", 1, 6), F(OutreachLectures, "sharing", 2, 4), F(OutreachLectures, "sharing", 3, 11),
        F(TrainingHours, "research", 3, 96),
    ];

    public static MonthlyFigure[] With(params MonthlyFigure[] more) => [.. Figures, .. more];
}
