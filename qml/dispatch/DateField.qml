// A date typed as YYYY-MM-DD (the form every office uses in registers), with
// large shortcut buttons for the usual deadlines. `value` is the date at local
// midnight, or an invalid Date while the text is not a real date.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet

RowLayout {
    id: root

    property alias text: field.text
    property bool showShortcuts: true
    readonly property bool valid: !isNaN(value.getTime())
    readonly property date value: parse(field.text)

    function parse(s: string): date {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim())
        if (!m)
            return new Date(NaN)
        const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
        if (d.getFullYear() !== Number(m[1]) || d.getMonth() !== Number(m[2]) - 1 || d.getDate() !== Number(m[3]))
            return new Date(NaN)
        return d
    }
    function iso(d: date): string {
        const p = n => (n < 10 ? "0" : "") + n
        return d.getFullYear() + "-" + p(d.getMonth() + 1) + "-" + p(d.getDate())
    }
    function setDaysFromToday(days: int) {
        const d = new Date()
        d.setDate(d.getDate() + days)
        field.text = iso(d)
    }

    spacing: Theme.spacing

    TextField {
        id: field
        objectName: root.objectName.length > 0 ? root.objectName + "Text" : ""
        Layout.preferredWidth: 190
        Layout.preferredHeight: Theme.touch
        font.pixelSize: Theme.fontLarge
        placeholderText: qsTr("YYYY-MM-DD")
        inputMethodHints: Qt.ImhDate
        color: field.text.length === 0 || root.valid ? Theme.text : Theme.error
    }
    TouchButton {
        visible: root.showShortcuts
        text: qsTr("+7 days")
        onClicked: root.setDaysFromToday(7)
    }
    TouchButton {
        visible: root.showShortcuts
        text: qsTr("+30 days")
        onClicked: root.setDaysFromToday(30)
    }
}
