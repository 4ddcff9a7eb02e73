#pragma once

class QAbstractItemView;
class QEvent;
class QLineEdit;

namespace sht {

// The keys of a register's filter field, the same on every page: Esc clears the text (a second Esc goes on
// to the dialog or window), Down or Enter moves on to the list, at its first row unless one is current.
// Call from the page's eventFilter for events on the field; true when the key was used.
bool handleFilterFieldKey(QLineEdit *filter, QAbstractItemView *list, QEvent *event);

} // namespace sht
