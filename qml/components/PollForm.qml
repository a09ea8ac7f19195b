// The console's form to prepare a poll: question, kind (motion or choice with
// options and min/max), mode, majority rule and base, quorum. It only collects
// the fields; MeetingSession.preparePoll checks and sends them, the hub decides.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Ecabinet
import Ecabinet.Client

Popup {
    id: root

    required property MeetingSession session

    // The map handed to MeetingSession.preparePoll (keys documented there).
    function definition() {
        const d = {
            question: questionField.text,
            kind: kindBox.currentValue,
            mode: modeBox.currentValue,
            majority: majorityBox.currentValue,
            base: baseBox.currentValue,
            quorum: quorumBox.currentValue,
            allowChange: allowChangeBox.checked && allowChangeBox.enabled
        }
        if (kindBox.currentValue === "choice") {
            d.options = optionsField.text.split("\n")
            d.minSelections = minBox.value
            d.maxSelections = maxBox.value
        }
        if (majorityBox.currentValue === "custom") {
            d.num = numBox.value
            d.den = denBox.value
            d.atLeast = atLeastBox.checked
        }
        return d
    }
    function clear() {
        questionField.text = ""
        optionsField.text = ""
        error.text = ""
    }

    modal: true
    focus: true
    anchors.centerIn: parent
    width: Math.min(900, (parent ? parent.width : 900) - 4 * Theme.spacing)
    height: Math.min(implicitHeight, (parent ? parent.height : 800) - 2 * Theme.spacing)
    padding: Theme.spacing * 2
    closePolicy: Popup.CloseOnEscape

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
    }

    Connections {
        target: root.session
        function onCommandFinished(command, ok, errorCode, message) {
            if (command !== "preparePoll" || !root.opened)
                return
            if (ok) {
                root.clear()
                root.close()
            } else {
                error.text = message
            }
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        Label {
            text: qsTr("New poll")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: grid.implicitHeight
            contentWidth: availableWidth
            clip: true

            GridLayout {
                id: grid
                width: parent.width
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing / 2

                Label { text: qsTr("Question"); font.pixelSize: Theme.fontBase; color: Theme.text }
                TextField {
                    id: questionField
                    objectName: "pollQuestionField"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.fontBase
                    placeholderText: qsTr("e.g. Approve the 2027 budget estimate")
                }

                Label { text: qsTr("Kind"); font.pixelSize: Theme.fontBase; color: Theme.text }
                ComboBox {
                    id: kindBox
                    objectName: "pollKindBox"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.fontBase
                    textRole: "text"
                    valueRole: "value"
                    model: [
                        { value: "yesno", text: qsTr("In favour / against / abstain") },
                        { value: "choice", text: qsTr("Choice among options") }
                    ]
                }

                Label {
                    visible: kindBox.currentValue === "choice"
                    text: qsTr("Options (one per line)")
                    font.pixelSize: Theme.fontBase
                    color: Theme.text
                }
                TextArea {
                    id: optionsField
                    objectName: "pollOptionsField"
                    visible: kindBox.currentValue === "choice"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch * 2
                    font.pixelSize: Theme.fontBase
                    wrapMode: TextEdit.NoWrap
                    background: Rectangle { border.color: Theme.border; radius: 4 }
                }

                Label {
                    visible: kindBox.currentValue === "choice"
                    text: qsTr("Options per ballot")
                    font.pixelSize: Theme.fontBase
                    color: Theme.text
                }
                RowLayout {
                    visible: kindBox.currentValue === "choice"
                    spacing: Theme.spacing
                    Label { text: qsTr("at least"); font.pixelSize: Theme.fontBase; color: Theme.muted }
                    SpinBox { id: minBox; objectName: "pollMinBox"; from: 0; to: 50; value: 1; implicitHeight: Theme.touch }
                    Label { text: qsTr("at most"); font.pixelSize: Theme.fontBase; color: Theme.muted }
                    SpinBox { id: maxBox; objectName: "pollMaxBox"; from: 1; to: 50; value: 1; implicitHeight: Theme.touch }
                }

                Label { text: qsTr("Voting mode"); font.pixelSize: Theme.fontBase; color: Theme.text }
                ComboBox {
                    id: modeBox
                    objectName: "pollModeBox"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.fontBase
                    textRole: "text"
                    valueRole: "value"
                    currentIndex: 1
                    model: [
                        { value: "open", text: qsTr("Open: names and choices shown live") },
                        { value: "named", text: qsTr("Named: names shown after closing") },
                        { value: "secret", text: qsTr("Secret ballot") }
                    ]
                }

                Label { text: qsTr("Majority"); font.pixelSize: Theme.fontBase; color: Theme.text }
                ComboBox {
                    id: majorityBox
                    objectName: "pollMajorityBox"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.fontBase
                    textRole: "text"
                    valueRole: "value"
                    model: [
                        { value: "simple", text: qsTr("Simple: more in favour than against") },
                        { value: "absolute", text: qsTr("More than half") },
                        { value: "twoThirds", text: qsTr("At least two thirds") },
                        { value: "threeQuarters", text: qsTr("At least three quarters") },
                        { value: "custom", text: qsTr("Other fraction p/q") }
                    ]
                    onCurrentValueChanged: baseBox.currentIndex = currentValue === "simple" ? 0 : 3
                }

                Label {
                    visible: majorityBox.currentValue === "custom"
                    text: qsTr("Fraction")
                    font.pixelSize: Theme.fontBase
                    color: Theme.text
                }
                RowLayout {
                    visible: majorityBox.currentValue === "custom"
                    spacing: Theme.spacing
                    SpinBox { id: numBox; objectName: "pollNumBox"; from: 1; to: 99; value: 1; implicitHeight: Theme.touch }
                    Label { text: "/"; font.pixelSize: Theme.fontLarge }
                    SpinBox { id: denBox; objectName: "pollDenBox"; from: 1; to: 99; value: 2; implicitHeight: Theme.touch }
                    CheckBox { id: atLeastBox; checked: true; text: qsTr("at least (otherwise: more than)") }
                }

                Label {
                    visible: majorityBox.currentValue !== "simple"
                    text: qsTr("Counted on")
                    font.pixelSize: Theme.fontBase
                    color: Theme.text
                }
                ComboBox {
                    id: baseBox
                    objectName: "pollBaseBox"
                    visible: majorityBox.currentValue !== "simple"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.fontBase
                    textRole: "text"
                    valueRole: "value"
                    model: [
                        { value: "cast", text: qsTr("Votes cast (in favour + against)") },
                        { value: "castWithAbstain", text: qsTr("Votes cast, abstentions included") },
                        { value: "present", text: qsTr("Voting members present") },
                        { value: "entitled", text: qsTr("All members entitled to vote") }
                    ]
                }

                Label { text: qsTr("Quorum to open"); font.pixelSize: Theme.fontBase; color: Theme.text }
                ComboBox {
                    id: quorumBox
                    objectName: "pollQuorumBox"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.fontBase
                    textRole: "text"
                    valueRole: "value"
                    model: [
                        { value: "none", text: qsTr("No quorum check") },
                        { value: "half", text: qsTr("More than half of the entitled members present") },
                        { value: "twoThirds", text: qsTr("At least two thirds of the entitled members present") }
                    ]
                }

                Item { implicitWidth: 1; implicitHeight: 1 }
                CheckBox {
                    id: allowChangeBox
                    objectName: "pollAllowChangeBox"
                    enabled: modeBox.currentValue !== "secret"
                    checked: false
                    text: qsTr("Members may change their vote while voting is open")
                    font.pixelSize: Theme.fontBase
                }
            }
        }

        Label {
            id: error
            objectName: "pollFormError"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
            color: Theme.error
            font.pixelSize: Theme.fontBase
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Item { Layout.fillWidth: true }
            TouchButton {
                objectName: "pollFormCancel"
                text: qsTr("Cancel")
                onClicked: root.close()
            }
            TouchButton {
                objectName: "preparePollButton"
                kind: "primary"
                enabled: !root.session.busy && questionField.text.trim().length > 0
                text: qsTr("Prepare the poll")
                onClicked: {
                    error.text = ""
                    root.session.preparePoll(root.definition())
                }
            }
        }
    }
}
