// The one reader of written dates, times and durations: the forms every caller (the
// registration list, the plan, the command line, the podium's forms) accepts.
import PlenaryCore
import Testing

@Suite struct WrittenTimeTests {
    func local(_ y: Int, _ mo: Int, _ d: Int, _ h: Int, _ mi: Int, _ s: Int = 0) -> WrittenTime.DateTime {
        .local(LocalDateTime(year: y, month: mo, day: d, hour: h, minute: mi, second: s))
    }

    @Test func dateTimesInISOAndDayFirst() {
        #expect(WrittenTime.dateTime("2023-12-05 14:32") == .success(local(2023, 12, 5, 14, 32)))
        #expect(WrittenTime.dateTime(" 2023-12-05T14:32:05.250 ") == .success(local(2023, 12, 5, 14, 32, 5)))
        #expect(WrittenTime.dateTime("05/12/2023 14h32") == .success(local(2023, 12, 5, 14, 32)))
        #expect(WrittenTime.dateTime("05.12.2023 14:32:09") == .success(local(2023, 12, 5, 14, 32, 9)))
        let utc = Instant(year: 2023, month: 12, day: 8, hour: 10, minute: 29, second: 50)
        #expect(WrittenTime.dateTime("2023-12-08T11:29:50+01:00") == .success(.instant(utc)))
        #expect(WrittenTime.dateTime("2023-12-08T10:29:50Z") == .success(.instant(utc)))
        #expect(WrittenTime.dateTime("2023-12-08 11:29:50 +0100") == .success(.instant(utc)))
    }

    @Test func dateTimeProblemsComeInOrder() {
        #expect(WrittenTime.dateTime("yesterday") == .failure(.notADateTime))
        #expect(WrittenTime.dateTime("05/12/23 14:32") == .failure(.twoDigitYear))
        #expect(WrittenTime.dateTime("12/25/2023 14:32") == .failure(.monthFirst))
        #expect(WrittenTime.dateTime("2023-12-05") == .failure(.noTimeOfDay))
        #expect(WrittenTime.dateTime("2023-02-30 10:00") == .failure(.noSuchDay))
        #expect(WrittenTime.dateTime("2023-12-05 24:00") == .failure(.noSuchTime))
        #expect(WrittenTime.dateTime("2023-12-05 14:32 later") == .failure(.notADateTime))
        #expect(WrittenTime.dateTime("２０２３-12-05 14:32") == .failure(.notADateTime), "ASCII digits only")
    }

    @Test func monthFirstAndTwelveHourClocks() {
        #expect(WrittenTime.dateTime("11/28/2023 8:05:00", order: .monthFirst) == .success(local(2023, 11, 28, 8, 5)))
        #expect(WrittenTime.dateTime("28/11/2023 8:05", order: .monthFirst) == .failure(.dayFirst))
        #expect(WrittenTime.dateTime("12/05/2023 14:32", order: .monthFirst) == .success(local(2023, 12, 5, 14, 32)))
        #expect(
            WrittenTime.dateTime("11/28/2023 8:05:00 AM", order: .monthFirst) == .success(local(2023, 11, 28, 8, 5)))
        #expect(WrittenTime.dateTime("28/11/2023 2:30 PM") == .success(local(2023, 11, 28, 14, 30)))
        #expect(WrittenTime.dateTime("28/11/2023 2:30pm") == .success(local(2023, 11, 28, 14, 30)))
        #expect(WrittenTime.dateTime("28/11/2023 12:10 a.m.") == .success(local(2023, 11, 28, 0, 10)))
        #expect(WrittenTime.dateTime("28/11/2023 12:10 P.M.") == .success(local(2023, 11, 28, 12, 10)))
        #expect(WrittenTime.dateTime("2023-11-28 9:15:30 PM") == .success(local(2023, 11, 28, 21, 15, 30)))
        #expect(WrittenTime.dateTime("28/11/2023 13:10 PM") == .failure(.noSuchTime))
        #expect(WrittenTime.dateTime("28/11/2023 0:10 AM") == .failure(.noSuchTime))
        #expect(WrittenTime.dateTime("28/11/2023 2:30 P") == .failure(.notADateTime))
        #expect(WrittenTime.dateTime("28/11/2023 2:30 a.m") == .failure(.notADateTime))
    }

    @Test func theOrderADateShowsByItself() {
        #expect(WrittenTime.evidentOrder("28/11/2023 08:05") == .dayFirst)
        #expect(WrittenTime.evidentOrder("11/28/2023 8:05:00") == .monthFirst)
        #expect(WrittenTime.evidentOrder("28.11.2023 08:05") == .dayFirst)
        for silent in ["05/12/2023 14:32", "12/12/2023 10:00", "2023-11-28 08:05", "31/31/2023 10:00", "later"] {
            #expect(WrittenTime.evidentOrder(silent) == nil, "\(silent)")
        }
    }

    @Test func daysTimesOfDayAndDurations() {
        #expect(WrittenTime.date("2023-12-08")! == (2023, 12, 8))
        #expect(WrittenTime.date("2023-02-29") == nil)
        #expect(WrittenTime.date("08/12/2023") == nil)
        #expect(WrittenTime.timeOfDay("11:30")! == (11, 30, 0))
        #expect(WrittenTime.timeOfDay("11:30:05")! == (11, 30, 5))
        for refused in ["24:00", "25:00", "11:60", "11", "11:30:05:01", "-1:00", "11:3a"] {
            #expect(WrittenTime.timeOfDay(refused) == nil, "\(refused)")
        }
        #expect(WrittenTime.duration("2:00") == .seconds(120))
        #expect(WrittenTime.duration(" 1:02:03 ") == .seconds(3723))
        #expect(WrittenTime.duration("+0:15") == .seconds(15))
        #expect(WrittenTime.duration("-1:00") == .seconds(-60))
        #expect(WrittenTime.duration("90:00") == .minutes(90))
        for refused in ["", "2", "2:60", "2:", ":30", "1:2:3:4", "2:00 min", "+-2:00"] {
            #expect(WrittenTime.duration(refused) == nil, "\(refused)")
        }
    }
}
