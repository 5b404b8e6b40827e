return:
