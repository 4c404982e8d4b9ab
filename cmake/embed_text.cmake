# Writes a C++ source that holds a text file as a string constant.
# Usage: cmake -DINPUT=file -DOUTPUT=file.cpp -DSYMBOL=name -P embed_text.cmake
file(READ "${INPUT}" content HEX)
string(LENGTH "${content}" hexlen)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${content}")
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT}; do not edit.\n#include <string_view>\nnamespace hallwright::embedded {\n"
  "static const unsigned char data_[] = {${bytes} 0x00};\n"
  "extern const std::string_view ${SYMBOL}(reinterpret_cast<const char *>(data_), sizeof(data_) - 1);\n}\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
